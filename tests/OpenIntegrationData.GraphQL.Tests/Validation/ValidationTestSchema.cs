using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.GraphQL.Tests.Validation;

/// <summary>
/// A pet-shop schema in the spirit of the spec's section 5 examples: interfaces implementing
/// interfaces, unions, enums, an input object with required fields, a <c>@oneOf</c> input, every
/// kind of argument, and directives at every executable location.
/// </summary>
internal static class ValidationTestSchema
{
    public const string Sdl = """
        schema { query: Query mutation: Mutation subscription: Subscription }

        interface Being { name(surname: Boolean): String }
        interface Pet implements Being { name(surname: Boolean): String nickname: String }
        interface Canine implements Pet & Being { name(surname: Boolean): String nickname: String barkVolume: Int }

        enum DogCommand { SIT HEEL DOWN }
        enum FurColor { BROWN BLACK TAN SPOTTED }

        type Dog implements Canine & Pet & Being {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean = true): Boolean!
          isAtLocation(x: Int, y: Int): Boolean!
          owner: Human
          furColor: FurColor
        }

        type Cat implements Pet & Being {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowVolume: Int
          furColor: FurColor
        }

        type Human implements Being {
          name(surname: Boolean): String
          pets: [Pet!]!
          relatives: [Human!]
          iq: Int
        }

        type Alien implements Being { name(surname: Boolean): String numEyes: Int }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
          nested: ComplexInput
        }

        input PetFinder @oneOf { name: String id: ID }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: PetFinder): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
        }

        type Query {
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          being: Being
          canine: Canine
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          complicatedArgs: ComplicatedArgs
          ping: Boolean
        }

        type Mutation { adoptDog(name: String!): Dog }

        type Subscription { newDog: Dog newCat: Cat }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onField on FIELD
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD
        directive @withArgs(required: Int!, optional: String) on FIELD
        """;

    /// <summary>The schema, built once.</summary>
    public static Schema Schema { get; } = SchemaBuilder.FromSdl(Sdl).Build();

    /// <summary>A schema with only a query root, for Operation Type Existence.</summary>
    public static Schema QueryOnly { get; } = SchemaBuilder.FromSdl("type Query { ping: Boolean }").Build();
}

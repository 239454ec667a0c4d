namespace OpenIntegrationData.GraphQL.Language;

public static partial class SyntaxPrinter
{
    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => Description(schema.Description)
            + Join(["schema", Directives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode operationType => OperationKeyword(operationType.Operation) + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => Description(scalar.Description)
            + Join(["scalar", Print(scalar.Name), Directives(scalar.Directives)], " "),
        ObjectTypeDefinitionNode type => Description(type.Description)
            + Join(["type", Print(type.Name), Implements(type.Interfaces), Directives(type.Directives), Block(type.Fields.Select(Print))], " "),
        FieldDefinitionNode field => Description(field.Description)
            + Print(field.Name)
            + ArgumentDefinitions(field.Arguments)
            + ": "
            + Print(field.Type)
            + Wrap(" ", Directives(field.Directives)),
        InputValueDefinitionNode input => Description(input.Description)
            + Print(input.Name)
            + ": "
            + Print(input.Type)
            + Wrap(" = ", PrintOptional(input.DefaultValue))
            + Wrap(" ", Directives(input.Directives)),
        InterfaceTypeDefinitionNode type => Description(type.Description)
            + Join(["interface", Print(type.Name), Implements(type.Interfaces), Directives(type.Directives), Block(type.Fields.Select(Print))], " "),
        UnionTypeDefinitionNode union => Description(union.Description)
            + Join(["union", Print(union.Name), Directives(union.Directives), UnionMembers(union.Types)], " "),
        EnumTypeDefinitionNode type => Description(type.Description)
            + Join(["enum", Print(type.Name), Directives(type.Directives), Block(type.Values.Select(Print))], " "),
        EnumValueDefinitionNode value => Description(value.Description)
            + Join([Print(value.Name), Directives(value.Directives)], " "),
        InputObjectTypeDefinitionNode type => Description(type.Description)
            + Join(["input", Print(type.Name), Directives(type.Directives), Block(type.Fields.Select(Print))], " "),
        DirectiveDefinitionNode directive => Description(directive.Description)
            + "directive @"
            + Print(directive.Name)
            + ArgumentDefinitions(directive.Arguments)
            + (directive.Repeatable ? " repeatable" : string.Empty)
            + " on "
            + Join(directive.Locations.Select(Print), " | "),
        SchemaExtensionNode schema =>
            Join(["extend schema", Directives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", Print(scalar.Name), Directives(scalar.Directives)], " "),
        ObjectTypeExtensionNode type =>
            Join(["extend type", Print(type.Name), Implements(type.Interfaces), Directives(type.Directives), Block(type.Fields.Select(Print))], " "),
        InterfaceTypeExtensionNode type =>
            Join(["extend interface", Print(type.Name), Implements(type.Interfaces), Directives(type.Directives), Block(type.Fields.Select(Print))], " "),
        UnionTypeExtensionNode union => Join(["extend union", Print(union.Name), Directives(union.Directives), UnionMembers(union.Types)], " "),
        EnumTypeExtensionNode type => Join(["extend enum", Print(type.Name), Directives(type.Directives), Block(type.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode type => Join(["extend input", Print(type.Name), Directives(type.Directives), Block(type.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Unknown syntax node {node.Kind}.", nameof(node)),
    };

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(interfaces.Select(Print), " & "));

    private static string UnionMembers(IReadOnlyList<NamedTypeNode> types) =>
        Wrap("= ", Join(types.Select(Print), " | "));
}

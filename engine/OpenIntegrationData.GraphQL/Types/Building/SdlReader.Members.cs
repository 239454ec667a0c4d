using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Reads the members of type definitions: fields, arguments, values, input fields, directives.</summary>
internal sealed partial class SdlReader
{
    private static void ReadComplexType<TSelf>(
        ComplexTypeBuilder<TSelf> type,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
        where TSelf : ComplexTypeBuilder<TSelf>
    {
        foreach (var implemented in interfaces)
        {
            type.AddInterface(implemented.Name.Value, implemented.Location);
        }

        ReadDirectives(type, directives);
        foreach (var node in fields)
        {
            var field = new FieldBuilder(node.Name.Value, TypeReference.FromSyntax(node.Type), node.Location)
                .Description(node.Description?.Value);
            foreach (var argument in node.Arguments)
            {
                field.AddArgument(ReadInputValue(argument));
            }

            ReadDirectives(field, node.Directives);
            type.AddField(field);
        }
    }

    private static void ReadUnion(UnionTypeBuilder union, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> members)
    {
        ReadDirectives(union, directives);
        foreach (var member in members)
        {
            union.AddMember(member.Name.Value, member.Location);
        }
    }

    private static void ReadEnum(EnumTypeBuilder enumType, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        ReadDirectives(enumType, directives);
        foreach (var node in values)
        {
            var value = new EnumValueBuilder(node.Name.Value, null, node.Location).Description(node.Description?.Value);
            ReadDirectives(value, node.Directives);
            enumType.AddValue(value);
        }
    }

    private static void ReadInputObject(InputObjectTypeBuilder inputObject, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        ReadDirectives(inputObject, directives);
        foreach (var field in fields)
        {
            inputObject.AddField(ReadInputValue(field));
        }
    }

    private static DirectiveDefinitionBuilder ReadDirectiveDefinition(DirectiveDefinitionNode node)
    {
        var directive = new DirectiveDefinitionBuilder(node.Name.Value, node.Location)
            .Description(node.Description?.Value)
            .Repeatable(node.Repeatable);
        foreach (var argument in node.Arguments)
        {
            directive.AddArgument(ReadInputValue(argument));
        }

        foreach (var location in node.Locations)
        {
            directive.AddLocation(location.Value, location.Location);
        }

        return directive;
    }

    private static InputValueBuilder ReadInputValue(InputValueDefinitionNode node)
    {
        var value = new InputValueBuilder(node.Name.Value, TypeReference.FromSyntax(node.Type), node.Location)
            .Description(node.Description?.Value);
        if (node.DefaultValue is { } defaultValue)
        {
            value.DefaultValue(defaultValue);
        }

        ReadDirectives(value, node.Directives);
        return value;
    }

    private static void ReadDirectives<TSelf>(ElementBuilder<TSelf> element, IReadOnlyList<DirectiveNode> directives)
        where TSelf : ElementBuilder<TSelf>
    {
        foreach (var directive in directives)
        {
            element.Directive(AppliedDirective.FromSyntax(directive));
        }
    }
}

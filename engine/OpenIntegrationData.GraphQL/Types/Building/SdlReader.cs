using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types.Scalars;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Turns the definitions of a type system document into builder calls.</summary>
internal sealed partial class SdlReader(SchemaBuilder builder)
{
    public void Read(DocumentNode document)
    {
        var problems = new List<SchemaError>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    ReadSchema(schema.Description?.Value, schema.Directives, schema.OperationTypes);
                    break;
                case SchemaExtensionNode extension:
                    ReadSchema(null, extension.Directives, extension.OperationTypes);
                    break;
                case TypeDefinitionNode type:
                    ReadTypeDefinition(type);
                    break;
                case TypeExtensionNode extension:
                    ReadTypeExtension(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    ReadDirectiveDefinitionOrFeature(directive);
                    break;
                default:
                    problems.Add(new SchemaError(
                        null, "Only type system definitions and extensions are allowed in SDL.", definition.Location));
                    break;
            }
        }

        if (problems.Count > 0)
        {
            throw new SchemaException(problems);
        }
    }

    private void ReadSchema(string? description, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operations)
    {
        if (description is not null)
        {
            builder.Description(description);
        }

        foreach (var directive in directives)
        {
            builder.SchemaDefinition.Directive(AppliedDirective.FromSyntax(directive));
        }

        foreach (var operation in operations)
        {
            builder.RootType(operation.Operation, operation.Type.Name.Value, operation.Type.Location);
        }
    }

    private void ReadTypeDefinition(TypeDefinitionNode definition)
    {
        switch (definition)
        {
            case ObjectTypeDefinitionNode node:
                builder.Add(new ObjectTypeBuilder(node.Name.Value, node.Location), b =>
                    ReadComplexType(b.Description(node.Description?.Value), node.Interfaces, node.Directives, node.Fields));
                break;
            case InterfaceTypeDefinitionNode node:
                builder.Add(new InterfaceTypeBuilder(node.Name.Value, node.Location), b =>
                    ReadComplexType(b.Description(node.Description?.Value), node.Interfaces, node.Directives, node.Fields));
                break;
            case UnionTypeDefinitionNode node:
                builder.Add(new UnionTypeBuilder(node.Name.Value, node.Location), b =>
                    ReadUnion(b.Description(node.Description?.Value), node.Directives, node.Types));
                break;
            case EnumTypeDefinitionNode node:
                builder.Add(new EnumTypeBuilder(node.Name.Value, node.Location), b =>
                    ReadEnum(b.Description(node.Description?.Value), node.Directives, node.Values));
                break;
            case InputObjectTypeDefinitionNode node:
                builder.Add(new InputObjectTypeBuilder(node.Name.Value, node.Location), b =>
                    ReadInputObject(b.Description(node.Description?.Value), node.Directives, node.Fields));
                break;
            case ScalarTypeDefinitionNode node:
                ReadScalar(node);
                break;
        }
    }

    private void ReadTypeExtension(TypeExtensionNode extension)
    {
        var name = extension.Name.Value;
        var location = extension.Location;
        switch (extension)
        {
            case ObjectTypeExtensionNode node:
                builder.Extend<ObjectTypeBuilder>(name, TypeKind.Object, b => ReadComplexType(b, node.Interfaces, node.Directives, node.Fields), location);
                break;
            case InterfaceTypeExtensionNode node:
                builder.Extend<InterfaceTypeBuilder>(name, TypeKind.Interface, b => ReadComplexType(b, node.Interfaces, node.Directives, node.Fields), location);
                break;
            case UnionTypeExtensionNode node:
                builder.Extend<UnionTypeBuilder>(name, TypeKind.Union, b => ReadUnion(b, node.Directives, node.Types), location);
                break;
            case EnumTypeExtensionNode node:
                builder.Extend<EnumTypeBuilder>(name, TypeKind.Enum, b => ReadEnum(b, node.Directives, node.Values), location);
                break;
            case InputObjectTypeExtensionNode node:
                builder.Extend<InputObjectTypeBuilder>(name, TypeKind.InputObject, b => ReadInputObject(b, node.Directives, node.Fields), location);
                break;
            case ScalarTypeExtensionNode node:
                builder.Extend<ScalarTypeBuilder>(name, TypeKind.Scalar, b => ReadDirectives(b, node.Directives), location);
                break;
        }
    }

    /// <summary>
    /// Definitions of the spec directives are ignored (every schema has them), and definitions of
    /// <c>@cost</c>/<c>@listSize</c> turn the cost directives on, so printed SDL reads back as it was.
    /// </summary>
    private void ReadDirectiveDefinitionOrFeature(DirectiveDefinitionNode directive)
    {
        var name = directive.Name.Value;
        if (BuiltInDirectives.All.Any(d => d.Name == name))
        {
            return;
        }

        if (CostDirectives.All.Any(d => d.Name == name))
        {
            builder.EnableCostDirectives();
            return;
        }

        builder.AddDirectiveBuilder(ReadDirectiveDefinition(directive));
    }

    /// <summary>
    /// A scalar without an implementation passes values through until one is registered with
    /// <see cref="SchemaBuilder.AddScalarType"/>. Built-in scalars may be declared and are ignored.
    /// </summary>
    private void ReadScalar(ScalarTypeDefinitionNode node)
    {
        if (BuiltInScalars.Find(node.Name.Value) is not null)
        {
            return;
        }

        var specifiedBy = node.Directives.FirstOrDefault(static d => d.Name.Value == BuiltInDirectives.SpecifiedByName);
        var url = specifiedBy?.Arguments.FirstOrDefault(static a => a.Name.Value == "url")?.Value is StringValueNode text ? text.Value : null;
        var declared = builder.TypeBuilders.OfType<ScalarTypeBuilder>().FirstOrDefault(s => s.Name == node.Name.Value);
        var scalarBuilder = declared ?? new ScalarTypeBuilder(new PassThroughScalarType(node.Name.Value, node.Description?.Value, url), node.Location);
        foreach (var directive in node.Directives.Where(d => !ReferenceEquals(d, specifiedBy)))
        {
            scalarBuilder.Directive(AppliedDirective.FromSyntax(directive));
        }

        if (declared is null)
        {
            builder.Add(scalarBuilder, null);
        }
    }
}

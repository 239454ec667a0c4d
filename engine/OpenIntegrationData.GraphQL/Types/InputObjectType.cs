namespace OpenIntegrationData.GraphQL.Types;

/// <summary>An input object: a named set of input fields (spec 3.10), possibly a <c>@oneOf</c> input (3.10.1).</summary>
public sealed class InputObjectType : NamedType
{
    internal InputObjectType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields in declaration order.</summary>
    public NamedCollection<InputValueDefinition> Fields { get; private set; } = NamedCollection<InputValueDefinition>.Empty;

    /// <summary>Whether exactly one field must be given (the type carries <c>@oneOf</c>).</summary>
    public bool IsOneOf => Directives.Any(static d => d.Name == BuiltInDirectives.OneOfName);

    internal void Complete(NamedCollection<InputValueDefinition> fields) => Fields = fields;
}

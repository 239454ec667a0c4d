namespace OpenIntegrationData.GraphQL.Planning;

/// <summary>Which fields the executor answers itself instead of calling a resolver.</summary>
internal enum MetaField
{
    /// <summary>An ordinary field with a resolver.</summary>
    None,

    /// <summary><c>__typename</c> (spec 4.1): the name of the parent's object type.</summary>
    TypeName,
}

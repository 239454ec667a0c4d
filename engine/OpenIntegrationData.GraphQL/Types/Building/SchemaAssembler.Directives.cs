namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Creates the directive definitions: built-in, cost (when enabled), then custom.</summary>
internal sealed partial class SchemaAssembler
{
    private List<DirectiveDefinition> CreateDirectiveDefinitions()
    {
        var directives = new List<DirectiveDefinition>(BuiltInDirectives.All);
        if (_builder.CostDirectivesEnabled)
        {
            directives.AddRange(CostDirectives.All);
        }

        foreach (var builder in _builder.DirectiveBuilders)
        {
            var coordinate = "@" + builder.Name;
            if (directives.Any(d => d.Name == builder.Name))
            {
                Error(coordinate, $"Directive \"{coordinate}\" already exists in the schema. It cannot be redefined.", builder.Location);
                continue;
            }

            var locations = new List<DirectiveLocation>();
            foreach (var (name, location) in builder.LocationNames)
            {
                if (DirectiveLocations.TryParse(name, out var parsed))
                {
                    locations.Add(parsed.Value);
                    continue;
                }

                Error(coordinate, $"Unknown directive location \"{name}\".", location);
            }

            var arguments = BuildInputValues(builder.Arguments, name => $"{coordinate}({name}:)");
            directives.Add(new DirectiveDefinition(builder.Name, builder.DescriptionText, arguments, builder.IsRepeatable, locations, deprecationReason: builder.DeprecationReason));
        }

        // Introspection lists every type the schema refers to, including those of directive arguments.
        foreach (var argument in directives.SelectMany(static d => d.Arguments))
        {
            if (argument.Type.NamedType() is ScalarType { IsSpecifiedType: true } scalar)
            {
                _usedBuiltInScalars.Add(scalar);
            }
        }

        return directives;
    }
}

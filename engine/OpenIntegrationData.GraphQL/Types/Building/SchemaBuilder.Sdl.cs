using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>SDL-first building: type system documents read into the builder (spec 3).</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>
    /// A builder holding the definitions and extensions of an SDL document. Add scalar
    /// implementations and features (e.g. with <see cref="ComplexTypeBuilder{TSelf}.ConfigureField"/>)
    /// before calling <see cref="Build"/>.
    /// </summary>
    /// <exception cref="SchemaException">When the document does not parse or is not a type system document.</exception>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Reads the definitions and extensions of an SDL document into this builder.</summary>
    /// <exception cref="SchemaException">When the document does not parse or is not a type system document.</exception>
    public SchemaBuilder AddSdl(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var parsed = Parser.Parse(sdl);
        if (!parsed.Succeeded)
        {
            var error = parsed.Error!;
            var location = error.Locations.Count > 0 ? $" ({error.Locations[0].Line}:{error.Locations[0].Column})" : string.Empty;
            throw new SchemaException($"The SDL does not parse{location}: {error.Message}");
        }

        new SdlReader(this).Read(parsed.Node!);
        return this;
    }
}

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// The Banana Cake Pop IDE served on the GraphQL route (section <c>Ide</c>; docs/conventions.md#ide).
/// </summary>
public sealed class IdeOptions
{
    public const string Section = "Ide";

    /// <summary>Serve the IDE. When off, browser requests on the GraphQL route fall through to 404 (HotChocolate's <c>Tool.Enable</c>).</summary>
    public bool Enable { get; set; } = true;

    /// <summary>The IDE's static files: the npm package's contents, copied by the build to <c>ide/</c> beside the program.</summary>
    public string FilesFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "ide");

    /// <summary>The example operations (<c>docs/queries/*.graphql</c>, copied by the build) that the IDE opens as its first document.</summary>
    public string StarterQueriesFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "starter-queries");

    /// <summary>The browser tab title.</summary>
    public string Title { get; set; } = "OpenIntegrationData";
}

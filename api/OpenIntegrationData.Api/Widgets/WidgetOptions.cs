namespace OpenIntegrationData.Api.Widgets;

/// <summary>The embeddable widgets (section <c>Widgets</c>): the bundle built from <c>widgets/</c> and its pages.</summary>
public sealed class WidgetOptions
{
    public const string Section = "Widgets";

    /// <summary>Where the build put <c>oid-widgets.js</c> and <c>demo.html</c>: <c>widgets/</c> beside the program.</summary>
    public string FilesFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "widgets");

    /// <summary>How long browsers and CDNs may reuse the bundle without asking again.</summary>
    public TimeSpan BundleMaxAge { get; set; } = TimeSpan.FromHours(1);
}

using System.Text;

namespace OpenIntegrationData.Api.Ide;

/// <summary>The scripts of ours that the IDE's routes serve, built into the program (see the project file).</summary>
internal static class IdeResources
{
    public static string Text(string resourceName)
    {
        using var stream = typeof(IdeResources).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The program lacks its embedded resource {resourceName}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Geo;

/// <summary>Berlin's 12 Bezirke with real residents and foreigners on 31.12.2024 (Geo/Fixtures/berlin), imported once into the browser fixture's database.</summary>
internal static class BerlinBezirke
{
    public const string Key = "11000000";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _imported;

    public static async Task ImportAsync(BrowserFixture fixture)
    {
        await Once.WaitAsync();
        try
        {
            if (!_imported)
            {
                await fixture.ImportAsync(Path.Combine(AppContext.BaseDirectory, "Geo", "Fixtures", "berlin"));
                _imported = true;
            }
        }
        finally
        {
            Once.Release();
        }
    }
}

namespace OpenIntegrationData.Api.Tests.Browser;

/// <summary>The browser, IDE and widget tests share one running API, one embedding site and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

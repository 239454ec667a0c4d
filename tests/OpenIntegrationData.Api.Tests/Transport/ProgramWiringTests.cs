using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>The API as <c>Program.cs</c> builds it: the transport serves the open-data schema, its options are checked at start.</summary>
public sealed class ProgramWiringTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Post_OnTheApi_AnswersFromTheOpenDataSchema()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await using var api = CreateApi(database.ConnectionString);
        using var client = api.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/graphql/", UriKind.Relative),
            new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetSdl_OnTheApi_DownloadsTheOpenDataSchema()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await using var api = CreateApi(database.ConnectionString);
        using var client = api.CreateClient();

        var sdl = await client.GetStringAsync(new Uri("/graphql?sdl", UriKind.Relative));

        Assert.Contains("type Query {", sdl, StringComparison.Ordinal);
        Assert.Contains("districts", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidTransportOption_RefusesToStartNamingTheSetting()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await using var api = CreateApi(database.ConnectionString).WithWebHostBuilder(web => web.UseSetting("GraphQL:MaxRequestSize", "0"));

        var refusal = Assert.Throws<OptionsValidationException>(() => api.CreateClient());

        Assert.Contains("GraphQL:MaxRequestSize must be a positive number of bytes.", refusal.Message, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> CreateApi(string connectionString) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Postgres", connectionString);
            web.UseSetting("Database:SeedWhenEmpty", "false");
        });
}

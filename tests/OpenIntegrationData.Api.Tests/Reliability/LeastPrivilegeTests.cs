using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace OpenIntegrationData.Api.Tests.Reliability;

/// <summary>
/// Issue 13.6: the API serves with a role that can only read, and migrates and imports with the owner role
/// (<c>ConnectionStrings:PostgresOwner</c>).
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class LeastPrivilegeTests(SeededApi api)
{
    [Fact]
    public async Task ServedByAReadOnlyRole_AnswersQueries_ButTheServedRoleCannotWrite()
    {
        var reader = $"reader_{Guid.NewGuid():N}";
        await using (var create = api.Database.DataSource.CreateCommand($"create role {reader} login"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var served = new NpgsqlConnectionStringBuilder(api.Database.ConnectionString) { Username = reader }.ConnectionString;
        await using var factory = api.WithSettings(new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = served,
            ["ConnectionStrings:PostgresOwner"] = api.Database.ConnectionString,
        });
        using var client = factory.CreateClient();

        var answer = await SeededApi.PostAsync(client, "{ sdgGoals(first: 2) { nodes { number } } }");
        Assert.Equal(200, answer.Status);
        Assert.DoesNotContain("\"errors\"", answer.Body, StringComparison.Ordinal);

        var dataSource = factory.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var whoAmI = dataSource.CreateCommand("select current_user"))
        {
            Assert.Equal(reader, await whoAmI.ExecuteScalarAsync());
        }

        foreach (var write in new[]
        {
            "insert into source (key, title, publisher, kind, is_illustrative) values ('x', 'x', 'x', 'web_page', false)",
            "update sdg_goal set number = number",
            "delete from source",
            "create table intruder (id int)",
        })
        {
            await using var command = dataSource.CreateCommand(write);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }
}

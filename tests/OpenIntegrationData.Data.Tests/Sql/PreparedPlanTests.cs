using Npgsql;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Sql;

/// <summary>
/// The API prepares the statements it repeats (Npgsql auto-prepare). PostgreSQL then plans them once per
/// connection, unless a statement keeps asking for a fresh custom plan: a lookup by one key must settle on
/// the generic plan, or PostgreSQL spends most of a by-id request planning it again.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class PreparedPlanTests(SeededGraphFixture fixture)
{
    [Theory]
    [InlineData("""{ node(id: "RGlzdHJpY3Q6MQ==") { ... on District { name } } }""")]
    [InlineData("""{ municipality(key: "05111000") { districts(first: 3) { totalCount nodes { name } } } }""")]
    public async Task Statements_OfASingleKeyLookup_SettleOnTheGenericPlan(string query)
    {
        await new GraphClient(fixture).DataAsync(query);
        var statements = fixture.Statements.Statements;
        Assert.NotEmpty(statements);

        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement.Text, connection);
            foreach (var parameter in statement.Parameters)
            {
                command.Parameters.Add(parameter.Clone());
            }

            await command.PrepareAsync();
            for (var i = 0; i < 7; i++)
            {
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }
            }
        }

        // PostgreSQL tries custom plans for the first five executions, then keeps the generic one if it is no worse.
        await using var plans = new NpgsqlCommand("select statement, generic_plans from pg_prepared_statements", connection);
        await using var rows = await plans.ExecuteReaderAsync();
        var genericPlans = new Dictionary<string, long>();
        while (await rows.ReadAsync())
        {
            genericPlans[rows.GetString(0)] = rows.GetInt64(1);
        }

        Assert.All(statements, s => Assert.True(genericPlans.GetValueOrDefault(s.Text) > 0, $"planned anew on every execution: {s.Text}"));
    }
}

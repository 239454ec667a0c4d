using System.Collections;
using System.Globalization;
using System.Text;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.Data.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace OpenIntegrationData.Data.Tests.Examples;

/// <summary>
/// The SQL every example operation in docs/queries sends to PostgreSQL, pinned in
/// <c>Examples/__snapshots__/&lt;example&gt;.snap</c>: each round trip, its statements and their
/// parameters. A change to the generated SQL shows up as a diff of these files; Snapshooter writes
/// the new SQL to <c>__snapshots__/__mismatch__/</c>, and an intended change is accepted by moving it over.
/// (The <c>.sql</c> files beside the examples are something else: hand-written SQL that computes the
/// expected answer, which <see cref="ExampleQueryTests"/> compares with the API's.)
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ExampleSqlSnapshotTests(SeededGraphFixture fixture)
{
    public static TheoryData<string> Examples() => ExampleQueryTests.Examples();

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_GeneratedSql_MatchesSnapshot(string name)
    {
        var operation = await File.ReadAllTextAsync(Path.Combine(RepositoryFolder.ExampleQueries, name + ".graphql"));

        await new GraphClient(fixture).DataAsync(operation);

        Snapshot.Match(Describe(name, fixture.Statements.ByRoundTrip), new SnapshotFullName(name + ".snap", SnapshotFolder));
    }

    private static string Describe(string name, IReadOnlyList<IReadOnlyList<SqlStatement>> roundTrips)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"-- docs/queries/{name}.graphql: {roundTrips.Sum(static r => r.Count)} statements in {roundTrips.Count} round trips\n");
        for (var i = 0; i < roundTrips.Count; i++)
        {
            for (var j = 0; j < roundTrips[i].Count; j++)
            {
                var statement = roundTrips[i][j];
                text.Append(CultureInfo.InvariantCulture, $"\n-- round trip {i + 1}, statement {j + 1}\n{statement.Text};\n");
                for (var p = 0; p < statement.Parameters.Count; p++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"-- ${p + 1} = {Format(statement.Parameters[p].Value)}\n");
                }
            }
        }

        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        string s => $"'{s}'",
        IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(static i => i is string s ? $"'{s}'" : Convert.ToString(i, CultureInfo.InvariantCulture)))}] ({value.GetType().Name})",
        _ => $"{Convert.ToString(value, CultureInfo.InvariantCulture)} ({value?.GetType().Name})",
    };

    /// <summary>This test's folder in the repository (Snapshooter adds <c>__snapshots__</c>).</summary>
    private static string SnapshotFolder => Path.Combine(RepositoryFolder.Root, "tests", "OpenIntegrationData.Data.Tests", "Examples");
}

using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Querying.Paging;

/// <summary>
/// Ground truth for every combination of first, last, after and before (docs/conventions.md#cursors):
/// after X starts behind X, before Y ends in front of Y, then first slices from the start and last
/// from the end; without first and last a page has 10 items. Expected windows are cut from the
/// list plain SQL returns.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class PageWindowGroundTruthTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);
    private readonly DirectSql _sql = new(fixture.Database.DataSource);

    [Fact]
    public async Task Districts_EveryPagingCombination_EqualsSliceOfSqlOrder()
    {
        const string Order = "order: [{ population: DESC }]";
        var ids = (await _sql.KeysAsync("select id from district order by population desc, id")).Select(k => GlobalId.Format("District", k)).ToList();
        var all = await _client.DataAsync($"{{ districts(first: 50, {Order}) {{ edges {{ cursor }} }} }}");
        var cursors = all["districts"]!["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToList();
        int?[] afters = [null, 0, 4, ids.Count - 2];
        int?[] befores = [null, ids.Count - 1, 20, 3];
        int?[] firsts = [null, 0, 2, 7, 50];
        int?[] lasts = [null, 0, 3, 50];
        var combinations = 0;

        foreach (var after in afters)
        {
            foreach (var before in befores.Where(b => b is null || after is null || b > after))
            {
                foreach (var first in firsts)
                {
                    foreach (var last in lasts)
                    {
                        var arguments = new List<string> { Order };
                        if (after is { } a) { arguments.Add($"after: \"{cursors[a]}\""); }
                        if (before is { } b) { arguments.Add($"before: \"{cursors[b]}\""); }
                        if (first is { } f) { arguments.Add($"first: {f}"); }
                        if (last is { } l) { arguments.Add($"last: {l}"); }

                        var start = after is null ? 0 : after.Value + 1;
                        var end = before ?? ids.Count;
                        var window = ids.Skip(start).Take(end - start).ToList();
                        if (first is null && last is null) { window = window.Take(10).ToList(); }
                        if (first is { } take) { window = window.Take(take).ToList(); }
                        if (last is { } takeLast) { window = window.TakeLast(takeLast).ToList(); }

                        var data = await _client.DataAsync($"{{ districts({string.Join(", ", arguments)}) {{ nodes {{ id }} }} }}");
                        var actual = data["districts"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
                        Assert.True(window.SequenceEqual(actual), $"districts({string.Join(", ", arguments)}): expected {window.Count} items, got {actual.Count}");
                        combinations++;
                    }
                }
            }
        }

        Assert.True(combinations > 200);
    }
}

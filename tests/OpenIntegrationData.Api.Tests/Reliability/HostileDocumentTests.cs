using System.Diagnostics;
using System.Text;

namespace OpenIntegrationData.Api.Tests.Reliability;

/// <summary>Issue 13.3 through the served API: the 365 KB document of 300 fragments, each spreading every later one.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class HostileDocumentTests(SeededApi api)
{
    [Fact]
    public async Task FragmentsEachSpreadingAllLaterOnes_AreRefusedWithACodeInsteadOfSecondsOfCpu()
    {
        var document = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 300; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Query { __typename");
            for (var j = i + 1; j < 300; j++)
            {
                document.Append(" ...F").Append(j);
            }

            document.Append(" }\n");
        }

        var started = Stopwatch.StartNew();
        var answer = await api.PostAsync(document.ToString());

        Assert.Equal(400, answer.Status);
        Assert.Contains("\"code\":\"MAX_FIELD_MERGE_COMPARISONS\"", answer.Body, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed.TotalMilliseconds:0} ms");
    }
}

using System.Globalization;
using System.Text;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.SourceFigures;

/// <summary>
/// Figures read from a source file, each with the filter that finds it in the API; <see cref="AssertServedAsync"/>
/// asks for all of them in one operation (one alias per figure) and lists every figure the API answers differently.
/// The figures are population observations unless another list is named (e.g. <c>indicatorObservations</c>).
/// </summary>
internal sealed class ServedFigures(string list = "populationObservations")
{
    private readonly List<(string Label, string Where, decimal? Expected)> _figures = [];

    public int Count => _figures.Count;

    /// <summary>A figure: <paramref name="where"/> is the body of the list's filter input that finds exactly it; a
    /// figure the source leaves out (<paramref name="expected"/> null) must find nothing.</summary>
    public void Add(string label, string where, decimal? expected) => _figures.Add((label, where, expected));

    public async Task AssertServedAsync(GraphClient client)
    {
        Assert.NotEmpty(_figures);
        var problems = new List<string>();
        foreach (var chunk in _figures.Chunk(40))
        {
            var operation = new StringBuilder("{");
            for (var i = 0; i < chunk.Length; i++)
            {
                operation.Append(CultureInfo.InvariantCulture, $" f{i}: {list}(where: {{ {chunk[i].Where} }}) {{ nodes {{ value }} }}");
            }

            var data = await client.DataAsync(operation.Append(" }").ToString());
            for (var i = 0; i < chunk.Length; i++)
            {
                var values = data[$"f{i}"]!["nodes"]!.AsArray().Select(n => n!["value"]!.GetValue<decimal>()).ToList();
                if (chunk[i].Expected is { } expected ? values.Count != 1 || values[0] != expected : values.Count != 0)
                {
                    problems.Add($"{chunk[i].Label}: source {chunk[i].Expected?.ToString(CultureInfo.InvariantCulture) ?? "none"}, API [{string.Join(", ", values)}] for {chunk[i].Where}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {_figures.Count} figures differ:\n" + string.Join("\n", problems));
    }
}

using System.Globalization;
using System.Text;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.SourceFigures;

/// <summary>
/// Figures read from a source file, each with the filter that finds it in the API; <see cref="AssertServedAsync"/>
/// asks for all of them in one operation (one alias per figure) and lists every figure the API answers differently.
/// </summary>
internal sealed class ServedFigures
{
    private readonly List<(string Label, string Where, decimal Expected)> _figures = [];

    public int Count => _figures.Count;

    /// <summary>A figure: <paramref name="where"/> is the body of a <c>PopulationObservationFilterInput</c> that finds exactly it.</summary>
    public void Add(string label, string where, decimal expected) => _figures.Add((label, where, expected));

    public async Task AssertServedAsync(GraphClient client)
    {
        Assert.NotEmpty(_figures);
        var problems = new List<string>();
        foreach (var chunk in _figures.Chunk(40))
        {
            var operation = new StringBuilder("{");
            for (var i = 0; i < chunk.Length; i++)
            {
                operation.Append(CultureInfo.InvariantCulture, $" f{i}: populationObservations(where: {{ {chunk[i].Where} }}) {{ nodes {{ value }} }}");
            }

            var data = await client.DataAsync(operation.Append(" }").ToString());
            for (var i = 0; i < chunk.Length; i++)
            {
                var values = data[$"f{i}"]!["nodes"]!.AsArray().Select(n => n!["value"]!.GetValue<decimal>()).ToList();
                if (values.Count != 1 || values[0] != chunk[i].Expected)
                {
                    problems.Add($"{chunk[i].Label}: source {chunk[i].Expected}, API [{string.Join(", ", values)}] for {chunk[i].Where}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {_figures.Count} figures differ:\n" + string.Join("\n", problems));
    }
}

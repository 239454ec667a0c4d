namespace OpenIntegrationData.GraphQL.Utilities;

/// <summary>
/// The edit distance between an input and candidate names (graphql-js <c>LexicalDistance</c>):
/// the optimal-string-alignment variant of Damerau–Levenshtein on lower-cased text, where a
/// change of case only counts as a single edit.
/// </summary>
internal sealed class LexicalDistance
{
    private readonly string _input;
    private readonly string _inputLowerCase;
    private readonly int[][] _rows;

    public LexicalDistance(string input)
    {
        _input = input;
        _inputLowerCase = input.ToLowerInvariant();
        _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
    }

    /// <summary>The distance to <paramref name="option"/>, or null when it exceeds <paramref name="threshold"/>.</summary>
    public int? Measure(string option, int threshold)
    {
        if (_input == option)
        {
            return 0;
        }

        var optionLowerCase = option.ToLowerInvariant();
        if (_inputLowerCase == optionLowerCase)
        {
            return 1;
        }

        // Walk the longer string in the outer loop so the rows stay as long as the shorter one.
        var (a, b) = optionLowerCase.Length < _inputLowerCase.Length
            ? (_inputLowerCase, optionLowerCase)
            : (optionLowerCase, _inputLowerCase);
        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            _rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            if (FillRow(a, b, i) > threshold)
            {
                return null;
            }
        }

        var distance = _rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Fills row <paramref name="i"/> and returns its smallest cell.</summary>
    private int FillRow(string a, string b, int i)
    {
        var upRow = _rows[(i - 1) % 3];
        var currentRow = _rows[i % 3];
        var smallestCell = currentRow[0] = i;
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
            var isTransposition = i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1];
            if (isTransposition)
            {
                currentCell = Math.Min(currentCell, _rows[(i - 2) % 3][j - 2] + 1);
            }

            smallestCell = Math.Min(smallestCell, currentCell);
            currentRow[j] = currentCell;
        }

        return smallestCell;
    }
}

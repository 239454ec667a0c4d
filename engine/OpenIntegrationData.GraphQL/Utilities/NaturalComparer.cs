namespace OpenIntegrationData.GraphQL.Utilities;

/// <summary>
/// Orders strings so that runs of digits compare by numeric value (<c>a2</c> before <c>a10</c>),
/// like graphql-js <c>naturalCompare</c>; everything else compares by UTF-16 code unit.
/// </summary>
internal sealed class NaturalComparer : IComparer<string>
{
    public static NaturalComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var i = 0;
        var j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var numberComparison = CompareNumberRuns(x, ref i, y, ref j);
                if (numberComparison != 0)
                {
                    return numberComparison;
                }

                continue;
            }

            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static int CompareNumberRuns(string x, ref int i, string y, ref int j)
    {
        var xStart = i;
        var yStart = j;
        while (i < x.Length && char.IsAsciiDigit(x[i]))
        {
            i++;
        }

        while (j < y.Length && char.IsAsciiDigit(y[j]))
        {
            j++;
        }

        var xRun = x[xStart..i].TrimStart('0');
        var yRun = y[yStart..j].TrimStart('0');
        if (xRun.Length != yRun.Length)
        {
            return xRun.Length.CompareTo(yRun.Length);
        }

        return string.CompareOrdinal(xRun, yRun);
    }
}

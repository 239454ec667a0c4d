namespace OpenIntegrationData.Data.Querying;

/// <summary>
/// Hands out the aliases of one statement's subqueries (<c>t1</c>, <c>t2</c>…), apart from the
/// statement's own row <c>t0</c> and its joined rows (<c>t0_0</c>…), so a nested subquery never
/// shadows the row it refers to.
/// </summary>
internal sealed class SubqueryAliases
{
    /// <summary>The alias of the statement's own rows.</summary>
    public const string Row = "t0";

    private int _last;

    /// <summary>A fresh alias.</summary>
    public string Next() => $"t{++_last}";
}

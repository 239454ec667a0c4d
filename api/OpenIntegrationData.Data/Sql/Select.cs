namespace OpenIntegrationData.Data.Sql;

/// <summary>
/// One SELECT, clause by clause, written in PostgreSQL's order. The loaders say what they read
/// (columns, source, joins, conditions, order, limit); how it is spelt lives here once. A top-level
/// statement puts each clause on a line of its own (readable in logs and snapshots); a nested one stays on one line.
/// </summary>
/// <param name="Columns">The select list, each item with its alias if it needs one.</param>
/// <param name="From">The FROM item: a table with its alias, a join of tables, or a subquery.</param>
public sealed record Select(IReadOnlyList<SqlFragment> Columns, SqlFragment From)
{
    /// <summary>Joined tables, after <see cref="From"/>.</summary>
    public IReadOnlyList<SqlJoin> Joins { get; init; } = [];

    /// <summary>Conditions that all hold; <see cref="SqlFragment.True"/> ones are left out.</summary>
    public IReadOnlyList<SqlFragment> Where { get; init; } = [];

    /// <summary>GROUP BY expressions.</summary>
    public IReadOnlyList<SqlFragment> GroupBy { get; init; } = [];

    /// <summary>ORDER BY keys, first key first.</summary>
    public IReadOnlyList<SqlOrder> OrderBy { get; init; } = [];

    /// <summary>At most this many rows (a parameter, so every page size shares one prepared statement).</summary>
    public int? Limit { get; init; }

    /// <summary>The statement as a fragment on one line, to nest in another statement.</summary>
    public SqlFragment ToFragment() => Write(" ");

    /// <summary>The finished top-level statement.</summary>
    public SqlStatement ToStatement() => Write("\n").ToStatement();

    private SqlFragment Write(string clauseBreak)
    {
        var clauses = new List<SqlFragment>
        {
            SqlFragment.Of($"select {SqlFragment.Join(", ", Columns)}"),
            SqlFragment.Of($"from {From}"),
        };
        clauses.AddRange(Joins.Select(static j => j.ToFragment()));
        // Each condition brackets itself where it needs to: `where a and (b or c)`.
        var conditions = Where.Where(static c => c != SqlFragment.True).ToArray();
        if (conditions.Length > 0)
        {
            clauses.Add(SqlFragment.Of($"where {SqlFragment.Join(" and ", conditions)}"));
        }

        if (GroupBy.Count > 0)
        {
            clauses.Add(SqlFragment.Of($"group by {SqlFragment.Join(", ", GroupBy)}"));
        }

        if (OrderBy.Count > 0)
        {
            clauses.Add(SqlFragment.Of($"order by {SqlFragment.Join(", ", OrderBy.Select(static o => o.ToFragment()))}"));
        }

        if (Limit is { } limit)
        {
            clauses.Add(SqlFragment.Of($"limit {limit}"));
        }

        return SqlFragment.Join(clauseBreak, clauses);
    }
}

/// <summary>One joined table: <c>left join district t0_0 on t0_0.id = t0.district_id</c>.</summary>
/// <param name="Table">The table with its alias.</param>
/// <param name="On">The join condition.</param>
/// <param name="Left">A left join keeps rows without a match (a nullable foreign key); otherwise an inner join.</param>
public sealed record SqlJoin(SqlFragment Table, SqlFragment On, bool Left)
{
    public SqlFragment ToFragment() => Left ? SqlFragment.Of($"left join {Table} on {On}") : SqlFragment.Of($"join {Table} on {On}");
}

/// <summary>One ORDER BY key.</summary>
/// <param name="Expression">What to sort by.</param>
/// <param name="Descending">DESC (PostgreSQL puts nulls first) instead of ASC (nulls last).</param>
public sealed record SqlOrder(SqlFragment Expression, bool Descending)
{
    public SqlFragment ToFragment() => Descending ? SqlFragment.Of($"{Expression} desc") : SqlFragment.Of($"{Expression} asc");
}

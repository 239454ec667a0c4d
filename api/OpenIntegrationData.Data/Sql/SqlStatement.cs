using Npgsql;

namespace OpenIntegrationData.Data.Sql;

/// <summary>One parameterised SQL statement: text with <c>$1</c>, <c>$2</c>… placeholders and their values.</summary>
/// <param name="Text">The SQL text; it never contains a value that came from a client.</param>
/// <param name="Parameters">The positional parameters.</param>
public sealed record SqlStatement(string Text, IReadOnlyList<NpgsqlParameter> Parameters);

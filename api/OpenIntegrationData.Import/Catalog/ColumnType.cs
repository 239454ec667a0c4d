using NpgsqlTypes;

namespace OpenIntegrationData.Import.Catalog;

/// <summary>The value types a CSV column can hold, each with its PostgreSQL type.</summary>
internal enum ColumnType
{
    Text,
    SmallInt,
    Integer,
    Decimal,
    Boolean,
    Date,
}

internal static class ColumnTypeExtensions
{
    public static string SqlType(this ColumnType type) => type switch
    {
        ColumnType.Text => "text",
        ColumnType.SmallInt => "smallint",
        ColumnType.Integer => "integer",
        ColumnType.Decimal => "numeric",
        ColumnType.Boolean => "boolean",
        ColumnType.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static NpgsqlDbType DbType(this ColumnType type) => type switch
    {
        ColumnType.Text => NpgsqlDbType.Text,
        ColumnType.SmallInt => NpgsqlDbType.Smallint,
        ColumnType.Integer => NpgsqlDbType.Integer,
        ColumnType.Decimal => NpgsqlDbType.Numeric,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        ColumnType.Date => NpgsqlDbType.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>How a problem message names the type ("an integer", "a date (yyyy-MM-dd)").</summary>
    public static string Description(this ColumnType type) => type switch
    {
        ColumnType.Text => "text",
        ColumnType.SmallInt or ColumnType.Integer => "an integer",
        ColumnType.Decimal => "a decimal number",
        ColumnType.Boolean => "true or false",
        ColumnType.Date => "a date (yyyy-MM-dd)",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}

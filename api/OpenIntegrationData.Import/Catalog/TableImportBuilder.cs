using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;
using OpenIntegrationData.Data.Model;
using OpenIntegrationData.Data.Model.Building;

namespace OpenIntegrationData.Import.Catalog;

/// <summary>
/// Declares a <see cref="TableImport"/> line by line against the EF Core model of <typeparamref name="TEntity"/>:
/// a typed property reference gives the table, the column, its type, whether a value is required and the
/// rules its values obey (the model's check constraints). What is the importer's own is declared here:
/// the order of the CSV columns, the natural keys that references are written as, and the value an empty
/// field stands for. <see cref="Build"/> checks that the declaration is consistent.
/// </summary>
internal sealed class TableImportBuilder<TEntity>
    where TEntity : class
{
    private readonly IEntityType _entity = ModelFacts.Entity(typeof(TEntity));
    private readonly List<ColumnSpec> _columns = [];
    private readonly List<ReferenceSpec> _references = [];
    private readonly List<string> _csvColumns = [];
    private readonly List<(string DbColumn, string[] CsvColumns)> _selfReferences = [];
    private string[] _naturalKey = [];

    private string Table => _entity.GetTableName()!;

    /// <summary>
    /// A plain column; <paramref name="defaultValue"/> is what an empty field stands for in a column the database requires.
    /// With <paramref name="filledInByDatabase"/>, an empty field is left for the database's trigger to fill in.
    /// </summary>
    public TableImportBuilder<TEntity> Column(Expression<Func<TEntity, object?>> property, object? defaultValue = null, bool filledInByDatabase = false)
    {
        var column = PropertyOf(property);
        var name = column.GetColumnName();
        _csvColumns.Add(name);
        var (minimum, maximum) = RangeOf(column);
        _columns.Add(new ColumnSpec
        {
            Name = name,
            Type = TypeOf(column),
            Required = !column.IsNullable && defaultValue is null && !filledInByDatabase,
            Default = defaultValue,
            Min = minimum,
            Max = maximum,
            Pattern = column.FindAnnotation(ColumnRules.Pattern)?.Value as string,
            AllowedValues = column.FindAnnotation(ColumnRules.AllowedValues)?.Value as string[],
        });
        return this;
    }

    /// <summary>Several plain columns without defaults, in this order.</summary>
    public TableImportBuilder<TEntity> Columns(params Expression<Func<TEntity, object?>>[] properties)
    {
        foreach (var property in properties)
        {
            Column(property);
        }

        return this;
    }

    /// <summary>A foreign key, written in the file as the natural key of the row it points at (<paramref name="csvColumns"/>).</summary>
    public TableImportBuilder<TEntity> Reference(Expression<Func<TEntity, object?>> foreignKey, TableImport target, params string[] csvColumns) =>
        Reference(foreignKey, target, filledInByDatabase: false, csvColumns);

    /// <summary>A foreign key the file may leave empty although the database requires it: a trigger fills it in.</summary>
    public TableImportBuilder<TEntity> ReferenceFilledInByDatabase(
        Expression<Func<TEntity, object?>> foreignKey, TableImport target, params string[] csvColumns) =>
        Reference(foreignKey, target, filledInByDatabase: true, csvColumns);

    private TableImportBuilder<TEntity> Reference(
        Expression<Func<TEntity, object?>> foreignKey, TableImport target, bool filledInByDatabase, string[] csvColumns)
    {
        var column = PropertyOf(foreignKey);
        var principal = column.GetContainingForeignKeys().First(key => key.Properties[0] == column).PrincipalEntityType.GetTableName();
        if (principal != target.Table)
        {
            throw new InvalidOperationException($"{Table}.{column.GetColumnName()} points at {principal}, not at {target.Table}");
        }

        _csvColumns.AddRange(csvColumns);
        _references.Add(new ReferenceSpec { DbColumn = column.GetColumnName(), Target = target, Required = !column.IsNullable && !filledInByDatabase, CsvColumns = csvColumns });
        return this;
    }

    /// <summary>An optional reference to another row of the same table (an area's parent), written as that row's natural key;
    /// rows are written parents first, so the parent may come later in the file.</summary>
    public TableImportBuilder<TEntity> ReferenceToItself(Expression<Func<TEntity, object?>> foreignKey, params string[] csvColumns)
    {
        var column = PropertyOf(foreignKey);
        var principal = column.GetContainingForeignKeys().First(key => key.Properties[0] == column).PrincipalEntityType;
        if (principal != _entity)
        {
            throw new InvalidOperationException($"{Table}.{column.GetColumnName()} points at {principal.GetTableName()}, not at {Table} itself");
        }

        _csvColumns.AddRange(csvColumns);
        _selfReferences.Add((column.GetColumnName(), csvColumns));
        return this;
    }

    /// <summary>The parts that identify a row: plain columns or references.</summary>
    public TableImportBuilder<TEntity> Key(params Expression<Func<TEntity, object?>>[] parts)
    {
        _naturalKey = [.. parts.Select(part => PropertyOf(part).GetColumnName())];
        return this;
    }

    public TableImport Build()
    {
        foreach (var reference in _references.Where(r => r.CsvColumns.Count != r.Target.KeyColumns.Count))
        {
            throw new InvalidOperationException(
                $"{Table}.{reference.DbColumn}: {reference.CsvColumns.Count} CSV columns for a key of {reference.Target.KeyColumns.Count}");
        }
        foreach (var part in _naturalKey.Where(p => _columns.All(c => c.Name != p) && _references.All(r => r.DbColumn != p)))
        {
            throw new InvalidOperationException($"{Table}: natural key part '{part}' is neither a column nor a reference");
        }
        if (_naturalKey.Length == 0)
        {
            throw new InvalidOperationException($"{Table}: no natural key");
        }
        var built = new TableImport(Table, _columns, _references, _naturalKey, [.. _csvColumns.Distinct(StringComparer.Ordinal)], _selfReferences);
        foreach (var reference in built.ReferencesToItself.Where(r => r.CsvColumns.Count != built.KeyColumns.Count))
        {
            throw new InvalidOperationException(
                $"{Table}.{reference.DbColumn}: {reference.CsvColumns.Count} CSV columns for a key of {built.KeyColumns.Count}");
        }
        return built;
    }

    private IProperty PropertyOf(Expression<Func<TEntity, object?>> reference)
    {
        var body = reference.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : reference.Body;
        return body is MemberExpression { Member: PropertyInfo member } && _entity.FindProperty(member.Name) is { } property
            ? property
            : throw new ArgumentException($"{reference} does not name a column of {Table}.", nameof(reference));
    }

    private static ColumnType TypeOf(IProperty column) => (Nullable.GetUnderlyingType(column.ClrType) ?? column.ClrType) switch
    {
        var type when type == typeof(string) => ColumnType.Text,
        var type when type == typeof(short) => ColumnType.SmallInt,
        var type when type == typeof(int) => ColumnType.Integer,
        var type when type == typeof(decimal) => ColumnType.Decimal,
        var type when type == typeof(bool) => ColumnType.Boolean,
        var type when type == typeof(LocalDate) => ColumnType.Date,
        var type => throw new InvalidOperationException($"{column.Name} is a {type.Name}, which CSV files do not carry."),
    };

    /// <summary>The rules' bounds; a decimal column is also bounded by its precision and scale (numeric(10,3): 0.001 steps below 10 million).</summary>
    private static (decimal? Minimum, decimal? Maximum) RangeOf(IProperty column)
    {
        var minimum = column.FindAnnotation(ColumnRules.Minimum)?.Value as decimal?;
        var maximum = column.FindAnnotation(ColumnRules.Maximum)?.Value as decimal?;
        if (column.GetPrecision() is not { } precision)
        {
            return (minimum, maximum);
        }

        var step = Power(-(column.GetScale() ?? 0));
        var largest = Power(precision - (column.GetScale() ?? 0)) - step;
        var smallest = column.FindAnnotation(ColumnRules.Positive) is not null ? step : -largest;
        return (minimum ?? smallest, maximum ?? largest);
    }

    private static decimal Power(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            value = exponent > 0 ? value * 10 : value / 10;
        }

        return value;
    }
}

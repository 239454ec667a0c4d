using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NetTopologySuite.Geometries;
using NodaTime;
using OpenIntegrationData.Data.Model;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>
/// Declares a catalog entity's fields against its table in the EF Core model: a typed property reference
/// gives the table, the column, the value kind, whether it can be empty and where a foreign key points;
/// the catalog adds only what is GraphQL's (field names, descriptions, enums, filter and sort switches).
/// The GraphQL type of a related entity is the name of its model class.
/// </summary>
/// <typeparam name="TEntity">The model class of the entity's table.</typeparam>
public sealed class ModelBinding<TEntity>
    where TEntity : class
{
    private readonly IEntityType _entity = ModelFacts.Entity(typeof(TEntity));

    /// <summary>The entity's table.</summary>
    public string Table => _entity.GetTableName()!;

    /// <summary>A scalar field: String, Int, Long, Decimal, Boolean or LocalDate after the property's type.</summary>
    public ColumnDefinition Column(Expression<Func<TEntity, object?>> property, string name, string description)
    {
        var column = Property(_entity, property);
        return new(name, SqlOf(column), KindOf(column), column.IsNullable, description);
    }

    /// <summary>A text column served as a GraphQL enum (its values are the column's allowed values).</summary>
    public ColumnDefinition Enum(Expression<Func<TEntity, object?>> property, string name, string enumName, string description) =>
        Column(property, name, description) with { Kind = ValueKind.Enum, EnumName = enumName };

    /// <summary>A German and English pair of columns served as one <c>LocalizedText</c>; it can be empty when the German one can.</summary>
    public ColumnDefinition Localized(
        Expression<Func<TEntity, object?>> german, Expression<Func<TEntity, object?>> english, string name, string description)
    {
        var de = Property(_entity, german);
        return new(name, SqlOf(de), ValueKind.LocalizedText, de.IsNullable, description) { EnglishSql = SqlOf(Property(_entity, english)) };
    }

    /// <summary>A text that exists only in German, served as a <c>LocalizedText</c> whose English is always empty.</summary>
    public ColumnDefinition GermanOnly(Expression<Func<TEntity, object?>> german, string name, string description) =>
        new(name, SqlOf(Property(_entity, german)), ValueKind.LocalizedText, true, description) { EnglishSql = "null::text" };

    /// <summary>
    /// The GraphQL enum of a text column with allowed values: the values and their order are the model's
    /// (<see cref="ColumnRules.OneOf{T}"/>), the catalog adds what each means; a value without a description,
    /// or a description of a value the column does not allow, is an error.
    /// </summary>
    public EnumDefinition EnumType(
        Expression<Func<TEntity, object?>> property, string name, string description, params (string Code, string Description)[] meanings)
    {
        var column = Property(_entity, property);
        var allowed = column.FindAnnotation(ColumnRules.AllowedValues)?.Value as string[]
            ?? throw new InvalidOperationException($"{Table}.{column.GetColumnName()} has no list of allowed values for the enum {name}.");
        var described = meanings.ToDictionary(static m => m.Code, static m => m.Description, StringComparer.Ordinal);
        if (described.Keys.Except(allowed, StringComparer.Ordinal).FirstOrDefault() is { } extra)
        {
            throw new InvalidOperationException($"The enum {name} describes '{extra}', which {Table}.{column.GetColumnName()} does not allow.");
        }

        return new(name, description, [.. allowed.Select(code => new EnumValueDefinition(
            code,
            described.GetValueOrDefault(code)
                ?? throw new InvalidOperationException($"The enum {name} does not say what '{code}' of {Table}.{column.GetColumnName()} means.")))]);
    }

    /// <summary>The SQL that reads a column, for lookups (<c>{t}</c> stands for the table alias).</summary>
    public string Sql(Expression<Func<TEntity, object?>> property) => SqlOf(Property(_entity, property));

    /// <summary>The column of the entity's outline (<see cref="EntityDefinition.Outline"/>): a PostGIS MultiPolygon.</summary>
    public string Outline(Expression<Func<TEntity, object?>> property)
    {
        var column = Property(_entity, property);
        return column.ClrType == typeof(MultiPolygon)
            ? column.GetColumnName()
            : throw new InvalidOperationException($"{column.DeclaringType.DisplayName()}.{column.Name} is a {column.ClrType.Name}, not an outline (a MultiPolygon).");
    }

    /// <summary>A to-one relation through a foreign key of this table.</summary>
    public RelationDefinition One(Expression<Func<TEntity, object?>> foreignKey, string name, string description)
    {
        var column = Property(_entity, foreignKey);
        var key = ForeignKeyLedBy(column);
        return new(name, key.PrincipalEntityType.ClrType.Name, RelationKind.ToOne, description)
        {
            ForeignKey = column.GetColumnName(),
            Nullable = column.IsNullable,
        };
    }

    /// <summary>A to-many relation: the rows of <typeparamref name="TTarget"/> whose foreign key points here.</summary>
    public RelationDefinition Many<TTarget>(Expression<Func<TTarget, object?>> foreignKey, string name, string description)
        where TTarget : class
    {
        var column = Property(ModelFacts.Entity(typeof(TTarget)), foreignKey);
        RequirePointsHere(column);
        return new(name, typeof(TTarget).Name, RelationKind.ToMany, description) { ForeignKey = column.GetColumnName() };
    }

    /// <summary>A many-to-many relation through the link table of <typeparamref name="TLink"/>.</summary>
    public RelationDefinition Linked<TLink>(
        Expression<Func<TLink, object?>> ownerKey, Expression<Func<TLink, object?>> targetKey, string name, string description)
        where TLink : class
    {
        var link = ModelFacts.Entity(typeof(TLink));
        var owner = Property(link, ownerKey);
        var target = Property(link, targetKey);
        RequirePointsHere(owner);
        var targetType = target.GetContainingForeignKeys().First(key => key.Properties[0] == target).PrincipalEntityType.ClrType;
        return new(name, targetType.Name, RelationKind.ManyToMany, description)
        {
            LinkTable = link.GetTableName() ?? link.GetViewName(),
            LinkOwnerKey = owner.GetColumnName(),
            LinkTargetKey = target.GetColumnName(),
        };
    }

    /// <summary>Values kept in a link table of <typeparamref name="TLink"/>, served as a list.</summary>
    public ValueListDefinition ValueList<TLink>(
        Expression<Func<TLink, object?>> ownerKey, Expression<Func<TLink, object?>> value, string name, ValueKind kind, string description)
        where TLink : class
    {
        var link = ModelFacts.Entity(typeof(TLink));
        var owner = Property(link, ownerKey);
        RequirePointsHere(owner);
        return new(name, link.GetTableName()!, owner.GetColumnName(), Property(link, value).GetColumnName(), kind, description);
    }

    /// <summary>The source of a row: every figure and text points at one.</summary>
    public RelationDefinition SourceOf(Expression<Func<TEntity, object?>> sourceKey, string what) =>
        One(sourceKey, "source", $"The publication {what} comes from (Quelle), with its licence.");

    /// <summary>The licence of the row's source, read through the source, so every figure carries it.</summary>
    public ColumnDefinition LicenceOfSource(Expression<Func<TEntity, object?>> sourceKey)
    {
        var source = new ModelBinding<Source>();
        var licence = Property<Source>(ModelFacts.Entity(typeof(Source)), s => s.Licence);
        return new(
            "licence",
            $"(select s.{licence.GetColumnName()} from {source.Table} s where s.id = {{t}}.{Property(_entity, sourceKey).GetColumnName()})",
            ValueKind.String,
            true,
            "Licence identifier of the source of this figure (the same as `source { licence }`); empty when the source states none.");
    }

    /// <summary>The flag that marks figures the project generated.</summary>
    public ColumnDefinition IsIllustrative(Expression<Func<TEntity, object?>> property, string what) =>
        Column(property, "isIllustrative", $"True when the {what} was generated by the project for demonstration and is not an official figure. Do not cite it as fact.");

    private static IProperty Property<T>(IEntityType entity, Expression<Func<T, object?>> reference)
    {
        var body = reference.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : reference.Body;
        if (body is not MemberExpression { Member: PropertyInfo member })
        {
            throw new ArgumentException($"{reference} does not name a property of {typeof(T).Name}.", nameof(reference));
        }

        return entity.FindProperty(member.Name)
            ?? throw new ArgumentException($"{typeof(T).Name}.{member.Name} is not mapped to a column of {entity.GetTableName()}.", nameof(reference));
    }

    // Fixed-width codes (character(n)) are read as text: the graph serves them as String and compares them with text parameters.
    private static string SqlOf(IProperty column) =>
        column.GetColumnType().StartsWith("character(", StringComparison.Ordinal) ? $"{{t}}.{column.GetColumnName()}::text" : column.GetColumnName();

    private static ValueKind KindOf(IProperty column) => (Nullable.GetUnderlyingType(column.ClrType) ?? column.ClrType) switch
    {
        var type when type == typeof(string) => ValueKind.String,
        var type when type == typeof(short) || type == typeof(int) => ValueKind.Int,
        var type when type == typeof(long) => ValueKind.Long,
        var type when type == typeof(decimal) => ValueKind.Decimal,
        var type when type == typeof(bool) => ValueKind.Boolean,
        var type when type == typeof(LocalDate) => ValueKind.LocalDate,
        var type => throw new InvalidOperationException($"{column.DeclaringType.DisplayName()}.{column.Name} is a {type.Name}, which the graph does not serve."),
    };

    private static IForeignKey ForeignKeyLedBy(IProperty column) =>
        column.GetContainingForeignKeys().FirstOrDefault(key => key.Properties[0] == column)
        ?? throw new InvalidOperationException($"{column.DeclaringType.DisplayName()}.{column.Name} is not a foreign key.");

    private static void RequirePointsHere(IProperty column)
    {
        if (ForeignKeyLedBy(column).PrincipalEntityType.ClrType != typeof(TEntity))
        {
            throw new InvalidOperationException($"{column.DeclaringType.DisplayName()}.{column.Name} does not point at {typeof(TEntity).Name}.");
        }
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenIntegrationData.Data.Model.Building;

/// <summary>
/// Rules a column's values obey, declared once on the property: each becomes a CHECK constraint named as
/// PostgreSQL names a column's own check (<c>source_key_check</c>) and an annotation the importer reads,
/// so a bad value in a CSV file is reported with its line before the database refuses it.
/// </summary>
public static class ColumnRules
{
    /// <summary>A regular expression the whole text matches (string).</summary>
    public const string Pattern = "OpenData:Pattern";

    /// <summary>The only values allowed (string[]).</summary>
    public const string AllowedValues = "OpenData:AllowedValues";

    /// <summary>Smallest allowed number, inclusive (decimal).</summary>
    public const string Minimum = "OpenData:Minimum";

    /// <summary>Largest allowed number, inclusive (decimal).</summary>
    public const string Maximum = "OpenData:Maximum";

    /// <summary>The number must be above zero (bool).</summary>
    public const string Positive = "OpenData:Positive";

    /// <summary>Text that is never empty (an empty CSV field is a missing value, so the importer needs no rule).</summary>
    public static PropertyBuilder<T> NotEmpty<T>(this PropertyBuilder<T> property) =>
        property.Checked(column => $"{column} <> ''");

    /// <summary>Text that matches <paramref name="regex"/> completely.</summary>
    public static PropertyBuilder<T> Matches<T>(this PropertyBuilder<T> property, string regex) =>
        property.Checked(column => $"{column} ~ '^{regex}$'").HasAnnotation(Pattern, regex);

    /// <summary>Text that begins with a match of <paramref name="regex"/> (e.g. a URL scheme).</summary>
    public static PropertyBuilder<T> BeginsWith<T>(this PropertyBuilder<T> property, string regex) =>
        property.Checked(column => $"{column} ~ '^{regex}'").HasAnnotation(Pattern, regex + ".*");

    /// <summary>Text that is one of <paramref name="values"/>.</summary>
    public static PropertyBuilder<T> OneOf<T>(this PropertyBuilder<T> property, params string[] values) =>
        property.Checked(column => $"{column} in ({string.Join(", ", values.Select(value => $"'{value}'"))})")
            .HasAnnotation(AllowedValues, values);

    /// <summary>A number from <paramref name="minimum"/> to <paramref name="maximum"/>, both included.</summary>
    public static PropertyBuilder<T> Between<T>(this PropertyBuilder<T> property, int minimum, int maximum) =>
        property.Checked(column => $"{column} between {minimum} and {maximum}")
            .HasAnnotation(Minimum, (decimal)minimum).HasAnnotation(Maximum, (decimal)maximum);

    /// <summary>A number of at least <paramref name="minimum"/>.</summary>
    public static PropertyBuilder<T> AtLeast<T>(this PropertyBuilder<T> property, int minimum) =>
        property.Checked(column => $"{column} >= {minimum.ToString(CultureInfo.InvariantCulture)}")
            .HasAnnotation(Minimum, (decimal)minimum);

    /// <summary>A number above zero.</summary>
    public static PropertyBuilder<T> AboveZero<T>(this PropertyBuilder<T> property) =>
        property.Checked(column => $"{column} > 0").HasAnnotation(Positive, true);

    private static PropertyBuilder<T> Checked<T>(this PropertyBuilder<T> property, Func<string, string> sql)
    {
        var column = PostgresNames.ColumnOf(property.Metadata);
        var entity = (IMutableEntityType)property.Metadata.DeclaringType;
        entity.AddCheckConstraint($"{PostgresNames.TableOf(entity)}_{column}_check", sql(column));
        return property;
    }
}

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>The GraphQL value a column is served as; each kind has one scalar and one filter input.</summary>
public enum ValueKind
{
    /// <summary><c>String</c>, filtered with <c>StringOperationFilterInput</c>.</summary>
    String,

    /// <summary><c>Int</c> (also for smallint columns).</summary>
    Int,

    /// <summary><c>Long</c> (bigint columns).</summary>
    Long,

    /// <summary><c>Decimal</c> (numeric columns).</summary>
    Decimal,

    /// <summary><c>Boolean</c>.</summary>
    Boolean,

    /// <summary>NodaTime <c>LocalDate</c> (date columns).</summary>
    LocalDate,

    /// <summary>An enum of the catalog; the column holds the lower-case database value.</summary>
    Enum,

    /// <summary>A German/English pair of text columns, served as a <c>LocalizedText</c> object.</summary>
    LocalizedText,
}

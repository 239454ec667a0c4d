using System.Text;
using NodaTime;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Querying.Paging;

namespace OpenIntegrationData.Data.Tests.Querying.Paging;

public sealed class KeysetCursorTests
{
    private static readonly ValueKind[] Kinds = [ValueKind.String, ValueKind.Decimal, ValueKind.LocalDate, ValueKind.Int, ValueKind.Long];

    [Fact]
    public void Encode_NameAndKey_IsBase64OfValuesJoinedWithColons() =>
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("Stadtbezirk 9:9")), KeysetCursor.Encode(["Stadtbezirk 9", 9L]));

    [Fact]
    public void Decode_EncodedValuesWithColonsBackslashesAndNulls_RoundTrips()
    {
        object?[] values = ["a:b\\c\\0", 5.28m, new LocalDate(2023, 2, 28), null, 42L];

        var decoded = KeysetCursor.Decode(KeysetCursor.Encode(values), Kinds);

        Assert.Equal(values, decoded);
    }

    [Fact]
    public void Decode_EmptyStringValue_StaysEmptyNotNull()
    {
        var decoded = KeysetCursor.Decode(KeysetCursor.Encode([string.Empty, 1L]), [ValueKind.String, ValueKind.Long]);

        Assert.Equal([string.Empty, 1L], decoded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("MQ==")] // HotChocolate index cursor "1": one value where two are expected
    [InlineData("YTpiOmM=")] // "a:b:c": three values
    [InlineData("YTp4")] // "a:x": key is not an integer
    [InlineData("YVw=")] // "a\": dangling escape
    public void Decode_MalformedOrForAnotherOrder_Null(string cursor) =>
        Assert.Null(KeysetCursor.Decode(cursor, [ValueKind.String, ValueKind.Long]));
}

using System.Text;
using OpenIntegrationData.Import.Csv;

namespace OpenIntegrationData.Import.Tests.Csv;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public async Task ReadAsync_QuotedFieldsWithCommasQuotesAndNewlines_KeepsThemAndCountsLines()
    {
        var records = await ReadAllAsync("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n");

        Assert.Equal([["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"], ["last", "row"]], records.Select(r => r.Fields));
        Assert.Equal([1, 2, 3, 5], records.Select(r => r.Line));
        Assert.All(records, r => Assert.Empty(r.Problems));
    }

    [Fact]
    public async Task ReadAsync_CrLfByteOrderMarkAndBlankLines_AreHandled()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("h1,h2\r\n\r\nä,ö\r\n\n")).ToArray();

        var records = await ReadAllAsync(bytes);

        Assert.Equal([["h1", "h2"], ["ä", "ö"]], records.Select(r => r.Fields));
        Assert.Equal([1, 3], records.Select(r => r.Line));
    }

    [Fact]
    public async Task ReadAsync_EmptyFieldsAndMissingFinalNewline_GiveEmptyStrings()
    {
        var records = await ReadAllAsync("a,,\"\"\nb,c,d");

        Assert.Equal([["a", "", ""], ["b", "c", "d"]], records.Select(r => r.Fields));
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8_ReportsTheFieldAndGoesOn()
    {
        var bytes = Encoding.UTF8.GetBytes("ok,").Concat(new byte[] { 0xFF, 0x41 }).Concat(Encoding.UTF8.GetBytes(",fine\nnext,row,here\n")).ToArray();

        var records = await ReadAllAsync(bytes);

        Assert.Equal(new CsvFieldProblem(2, "invalid UTF-8 encoding"), Assert.Single(records[0].Problems));
        Assert.Equal(["ok", "", "fine"], records[0].Fields);
        Assert.Equal(["next", "row", "here"], records[1].Fields);
    }

    [Fact]
    public async Task ReadAsync_StrayQuotes_AreReported()
    {
        var records = await ReadAllAsync("a\"b,\"c\"d\n");

        Assert.Equal(
            [new CsvFieldProblem(1, "unexpected quote inside an unquoted field"), new CsvFieldProblem(2, "unexpected character after a closing quote")],
            records[0].Problems);
    }

    [Fact]
    public async Task ReadAsync_UnterminatedQuote_IsReportedAtTheEnd()
    {
        var records = await ReadAllAsync("a,\"never closed\nstill inside\n");

        Assert.Equal(new CsvFieldProblem(2, "unterminated quoted field (missing closing \")"), Assert.Single(Assert.Single(records).Problems));
    }

    private static Task<List<CsvRecord>> ReadAllAsync(string text) => ReadAllAsync(Encoding.UTF8.GetBytes(text));

    private static async Task<List<CsvRecord>> ReadAllAsync(byte[] bytes)
    {
        var reader = new CsvRecordReader(new MemoryStream(bytes));
        var records = new List<CsvRecord>();
        while (await reader.ReadAsync(CancellationToken.None) is { } record)
        {
            records.Add(record);
        }
        return records;
    }
}

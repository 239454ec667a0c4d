using System.Buffers;
using System.Text;
using OpenIntegrationData.Api.Transport;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>JSON → the engine's external values (the Execution contract), also when the body arrives in pieces.</summary>
public sealed class JsonRequestParserTests
{
    [Fact]
    public void Parse_Variables_BecomeExternalValues()
    {
        var read = Parse("""{"query":"q","variables":{"s":"x","t":true,"f":false,"n":null,"i":42,"neg":-1,"big":12345678901234567890,"d":1.25,"e":2E+2,"l":[1,"a",null],"o":{"k":[{}]}}}""");

        var variables = read.Request!.Request.Variables!;
        Assert.Equal("x", variables["s"]);
        Assert.Equal(true, variables["t"]);
        Assert.Equal(false, variables["f"]);
        Assert.Null(variables["n"]);
        Assert.Equal(42L, variables["i"]);
        Assert.Equal(-1L, variables["neg"]);
        Assert.Equal(12345678901234567890m, variables["big"]);
        Assert.Equal(1.25d, variables["d"]);
        Assert.Equal(200d, variables["e"]);
        Assert.Equal(new object?[] { 1L, "a", null }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(variables["l"]));
        var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(variables["o"]);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<object?>>(nested["k"]))));
    }

    [Fact]
    public void Parse_WholeNumberBeyondDecimal_BecomesDouble()
    {
        var read = Parse("""{"query":"q","variables":{"v":1""" + new string('0', 40) + "}}");

        Assert.Equal(1e40, read.Request!.Request.Variables!["v"]);
    }

    [Fact]
    public void Parse_BodyInManySegments_ReadsTheSame()
    {
        const string body = """{"query":"{ hello(name: \"Köln\") }","operationName":"A","id":"x","variables":{"v":[1,2.5,"zwölf"]},"extensions":{"e":true}}""";

        var whole = Parse(body).Request!;
        var split = JsonRequestParser.Parse(Segmented(Encoding.UTF8.GetBytes(body), 3)).Request!;

        Assert.Equal(whole.Request.Query, split.Request.Query);
        Assert.Equal("A", split.Request.OperationName);
        Assert.Equal("x", split.Id);
        Assert.Equal(new object?[] { 1L, 2.5d, "zwölf" }, (IReadOnlyList<object?>)split.Request.Variables!["v"]!);
        Assert.Equal(true, split.Request.Extensions!["e"]);
    }

    [Fact]
    public void Parse_DuplicateMember_LastOneWins()
    {
        var read = Parse("""{"query":"a","query":"b","variables":{"v":1,"v":2}}""");

        Assert.Equal("b", read.Request!.Request.Query);
        Assert.Equal(2L, read.Request.Request.Variables!["v"]);
    }

    [Fact]
    public void Parse_NestingBeyondTheReaderDepth_IsAnInvalidRequest()
    {
        var read = Parse("""{"query":"q","variables":{"v":""" + new string('[', 200) + new string(']', 200) + "}}");

        Assert.Equal("HC0009", read.Error!.Extensions.Single(e => e.Key == "code").Value);
    }

    [Fact]
    public void Parse_RandomlyMutatedBodies_AlwaysAnswerARequestOrAnError()
    {
        var valid = Encoding.UTF8.GetBytes("""{"query":"query($v: [In!]) { a(b: $v) }","operationName":"Q","variables":{"v":[1,-2.5e3,"\u00fc\ud83c\udfc3",{"k":null}],"w":true},"extensions":{"e":{}},"id":null}""");
        byte[] alphabet = [.. "{}[]\":,\\ue0.-+9tfn \\uD800"u8, 0xC3, 0x28, 0xFF, 0x00];
        var random = new Random(20_241_121);

        for (var i = 0; i < 5_000; i++)
        {
            var body = valid.ToList();
            for (var edits = random.Next(1, 6); edits > 0 && body.Count > 0; edits--)
            {
                var at = random.Next(body.Count);
                switch (random.Next(3))
                {
                    case 0: body[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: body.RemoveAt(at); break;
                    default: body.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                }
            }

            var read = JsonRequestParser.Parse(new ReadOnlySequence<byte>(body.ToArray()));

            Assert.True(read.Request is null != (read.Error is null), Encoding.UTF8.GetString(body.ToArray()));
        }
    }

    private static HttpRequestReadResult Parse(string body) => JsonRequestParser.Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(body)));

    private static ReadOnlySequence<byte> Segmented(byte[] bytes, int size)
    {
        var first = new Segment(bytes.AsMemory(0, Math.Min(size, bytes.Length)), 0);
        var last = first;
        for (var offset = size; offset < bytes.Length; offset += size)
        {
            last = last.Append(bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}

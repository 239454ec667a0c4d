using System.Buffers;
using System.Text.Json;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// Reads the JSON body of a GraphQL POST (GraphQL over HTTP, "POST request"): one object with
/// <c>query</c>, <c>operationName</c>, <c>id</c> (strings or null), <c>variables</c> and
/// <c>extensions</c> (objects or null). Unknown members are ignored; anything else — malformed
/// JSON, a batch array, a member of the wrong JSON type — is an HC0009 error naming the problem.
/// </summary>
internal static class JsonRequestParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 128 };

    public static HttpRequestReadResult Parse(ReadOnlySequence<byte> body)
    {
        if (IsBlank(body))
        {
            return HttpRequestReadResult.Failed(TransportErrors.EmptyRequest());
        }

        var reader = new Utf8JsonReader(body, ReaderOptions);
        try
        {
            reader.Read();

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                return HttpRequestReadResult.Failed(TransportErrors.InvalidRequest("Request batching is not enabled; send one request object."));
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return HttpRequestReadResult.Failed(TransportErrors.InvalidRequest("The request body must be a JSON object."));
            }

            var result = ReadRequestObject(ref reader);
            return result.Error is null && reader.Read()
                ? HttpRequestReadResult.Failed(TransportErrors.InvalidRequest("The request body has content after the request object."))
                : result;
        }
        catch (JsonException exception)
        {
            return HttpRequestReadResult.Failed(TransportErrors.InvalidRequest($"The request body is not valid JSON: {exception.Message}"));
        }
        catch (InvalidOperationException exception) when (IsUndecodableText(exception))
        {
            return HttpRequestReadResult.Failed(TransportErrors.InvalidRequest($"The request body has text that cannot be decoded (invalid UTF-8 or a lone surrogate): {exception.Message}"));
        }
    }

    /// <summary>Reads the JSON text of a <c>variables</c> or <c>extensions</c> GET parameter: an object, or null for <c>null</c>.</summary>
    public static bool TryParseMap(string parameter, string json, out IReadOnlyDictionary<string, object?>? map, out string? failure)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), ReaderOptions);
        try
        {
            reader.Read();
            if (!TryReadMap(ref reader, parameter, out map, out failure))
            {
                return false;
            }

            if (reader.Read())
            {
                failure = $"`{parameter}` has content after its JSON value.";
                return false;
            }

            return true;
        }
        catch (JsonException exception)
        {
            map = null;
            failure = $"`{parameter}` is not valid JSON: {exception.Message}";
            return false;
        }
        catch (InvalidOperationException exception) when (IsUndecodableText(exception))
        {
            map = null;
            failure = $"`{parameter}` has text that cannot be decoded (invalid UTF-8 or a lone surrogate): {exception.Message}";
            return false;
        }
    }

    private static HttpRequestReadResult ReadRequestObject(ref Utf8JsonReader reader)
    {
        string? query = null, operationName = null, id = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            string? failure = null;
            var valid = name switch
            {
                "query" => TryReadString(ref reader, name, out query, out failure),
                "operationName" => TryReadString(ref reader, name, out operationName, out failure),
                "id" => TryReadString(ref reader, name, out id, out failure),
                "variables" => TryReadMap(ref reader, name, out variables, out failure),
                "extensions" => TryReadMap(ref reader, name, out extensions, out failure),
                _ => Skip(ref reader),
            };
            if (!valid)
            {
                return HttpRequestReadResult.Failed(TransportErrors.InvalidRequest(failure!));
            }
        }

        var request = new GraphQLRequest(query, operationName, variables) { Extensions = extensions };
        return HttpRequestReadResult.Read(new HttpGraphQLRequest(request, id));
    }

    private static bool TryReadString(ref Utf8JsonReader reader, string name, out string? value, out string? failure)
    {
        value = null;
        failure = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Null:
                return true;
            default:
                failure = $"`{name}` must be a string or null, not {Describe(reader.TokenType)}.";
                reader.Skip();
                return false;
        }
    }

    private static bool TryReadMap(ref Utf8JsonReader reader, string name, out IReadOnlyDictionary<string, object?>? value, out string? failure)
    {
        value = null;
        failure = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            failure = $"`{name}` must be an object or null, not {Describe(reader.TokenType)}.";
            return false;
        }

        if (!JsonValueReader.TryReadValue(ref reader, out var map, out var numberFailure))
        {
            failure = $"`{name}`: {numberFailure}";
            return false;
        }

        value = (IReadOnlyDictionary<string, object?>)map!;
        return true;
    }

    // The reader checks a string's text (UTF-8, escaped surrogate pairs) only when it decodes it, and reports
    // bad text as an InvalidOperationException it marks as its own (Source "System.Text.Json.Rethrowable").
    private static bool IsUndecodableText(InvalidOperationException exception) =>
        exception.Source?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true;

    private static bool IsBlank(ReadOnlySequence<byte> body)
    {
        foreach (var segment in body)
        {
            if (segment.Span.IndexOfAnyExcept(" \t\r\n"u8) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return true;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}

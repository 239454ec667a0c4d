using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace OpenIntegrationData.Api.Transport;

/// <summary>
/// Reads a request body into the request's pipe buffers — no copy — up to a size limit, and hands
/// the whole body to a parser. A body over the limit is never read to the end (HTTP 413, HC0010).
/// </summary>
internal static class RequestBodyReader
{
    public static async Task<(bool TooLarge, T Value)> ReadAsync<T>(
        HttpRequest request,
        long maxSize,
        Func<ReadOnlySequence<byte>, T> parse,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxSize)
        {
            return (true, default!);
        }

        // Let the server refuse early, too; when it does it throws a 413 BadHttpRequestException.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxSize;
        }

        var body = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await body.ReadAsync(cancellationToken);
                if (read.Buffer.Length > maxSize)
                {
                    body.AdvanceTo(read.Buffer.End);
                    return (true, default!);
                }

                if (read.IsCompleted || read.IsCanceled)
                {
                    var value = parse(read.Buffer);
                    body.AdvanceTo(read.Buffer.End);
                    return (false, value);
                }

                // Nothing consumed, everything examined: the next read waits for more bytes.
                body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (true, default!);
        }
    }
}

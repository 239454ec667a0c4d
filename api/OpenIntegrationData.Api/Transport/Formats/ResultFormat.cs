using System.Buffers;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport.Formats;

/// <summary>
/// How a successful result goes out: GraphQL JSON (<see cref="JsonResultFormat"/>) or a table (<c>Export.CsvResultFormat</c>).
/// Every format sits behind the same read → execute → cache path of <see cref="GraphQLHttpEndpoint"/>; errors are always
/// written as GraphQL JSON in <see cref="ErrorMediaType"/>, whatever the format.
/// </summary>
internal abstract class ResultFormat
{
    /// <summary>A stable name, part of the entity tag: two formats of one answer are two representations.</summary>
    public abstract string Name { get; }

    /// <summary>The media type errors are written in.</summary>
    public abstract ResponseMediaType ErrorMediaType { get; }

    /// <summary>The body of a successful result, or the error that answers instead when this format cannot show it.</summary>
    public abstract bool TryFormat(ExecutionResult result, out FormattedBody body, out GraphQLError? problem);
}

/// <summary>A result ready to be written: its headers and the writer of its bytes.</summary>
internal readonly record struct FormattedBody(string ContentType, string? ContentDisposition, Action<IBufferWriter<byte>> Write);

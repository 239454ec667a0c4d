using OpenIntegrationData.Api.Transport;
using OpenIntegrationData.Api.Transport.Formats;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Export;

/// <summary>
/// One root connection's <c>nodes</c> as a CSV download (<see cref="CsvExport"/>); any other result is refused with a
/// GraphQL error saying what a CSV needs. A result with errors never gets here: a table with holes would look complete.
/// </summary>
internal sealed class CsvResultFormat : ResultFormat
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    public static readonly CsvResultFormat Instance = new();

    private CsvResultFormat()
    {
    }

    public override string Name => "csv";

    public override ResponseMediaType ErrorMediaType => ResponseMediaType.GraphQLResponse;

    public override bool TryFormat(ExecutionResult result, out FormattedBody body, out GraphQLError? problem)
    {
        if (ConnectionTable.From(result, out var reason) is not { } table)
        {
            body = default;
            problem = new GraphQLError(reason!);
            return false;
        }

        problem = null;
        body = new FormattedBody(ContentType, $"attachment; filename=\"{table.RootField}.csv\"", buffer => CsvWriter.Write(buffer, table));
        return true;
    }
}

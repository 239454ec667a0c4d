using System.Globalization;
using System.Net.Sockets;
using Npgsql;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Data.Failures;

/// <summary>
/// What a client is told when the database side fails: one code and message per cause instead of
/// "Unexpected Execution Error". <see cref="FromException"/> is the executor's exception filter.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>The request is expensive and the server is running as many expensive requests as it will.</summary>
    public static GraphQLError ServerBusy(TimeSpan retryAfter) => new(
        $"The server is busy with other expensive requests; try again in {Seconds(retryAfter)} seconds, or ask for less (fewer items, a narrower filter).",
        extensions: [new("code", DatabaseErrorCodes.ServerBusy), new("retryAfter", Seconds(retryAfter))]);

    /// <summary>The error for a resolver's exception, or null when it is not a database failure.</summary>
    public static GraphQLError? FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Classify(exception) switch
        {
            DatabaseErrorCodes.DatabaseUnavailable => Error(DatabaseErrorCodes.DatabaseUnavailable, "The database is not available right now; try again shortly."),
            DatabaseErrorCodes.DatabaseTimeout => Error(DatabaseErrorCodes.DatabaseTimeout, "The database took too long to answer and the statement was cancelled; ask for fewer items or a narrower filter."),
            DatabaseErrorCodes.PoolExhausted => Error(DatabaseErrorCodes.PoolExhausted, "All database connections stayed busy too long; try again shortly."),
            DatabaseErrorCodes.InvalidText => Error(DatabaseErrorCodes.InvalidText, "A text value in the request holds a character the database cannot compare (a NUL byte, \\u0000); remove it."),
            DatabaseErrorCodes.DatabaseError => Error(
                DatabaseErrorCodes.DatabaseError,
                "The database failed to answer.",
                new KeyValuePair<string, object?>("sqlState", (exception as PostgresException ?? exception.InnerException as PostgresException)?.SqlState)),
            _ => null,
        };
    }

    /// <summary>The code for an exception of the database side; null for anything else.</summary>
    public static string? Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is PostgresException postgres)
        {
            return postgres.SqlState switch
            {
                PostgresErrorCodes.QueryCanceled => DatabaseErrorCodes.DatabaseTimeout,
                PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter => DatabaseErrorCodes.InvalidText,
                PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
                    or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.InvalidCatalogName => DatabaseErrorCodes.DatabaseUnavailable,
                _ when postgres.SqlState.StartsWith("08", StringComparison.Ordinal) => DatabaseErrorCodes.DatabaseUnavailable,
                _ => DatabaseErrorCodes.DatabaseError,
            };
        }

        if (exception is NpgsqlException npgsql)
        {
            if (npgsql.Message.StartsWith("The connection pool has been exhausted", StringComparison.Ordinal))
            {
                return DatabaseErrorCodes.PoolExhausted;
            }

            if (npgsql.InnerException is TimeoutException)
            {
                return DatabaseErrorCodes.DatabaseTimeout;
            }

            if (npgsql.InnerException is PostgresException inner)
            {
                return Classify(inner);
            }

            return DatabaseErrorCodes.DatabaseUnavailable;
        }

        return exception.InnerException is { } cause && exception is not OperationCanceledException
            ? Classify(cause)
            : exception is SocketException ? DatabaseErrorCodes.DatabaseUnavailable : null;
    }

    private static GraphQLError Error(string code, string message, params KeyValuePair<string, object?>[] more) =>
        new(message, extensions: [new("code", code), .. more]);

    private static int Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds));
}

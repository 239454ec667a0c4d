using Microsoft.Extensions.Options;
using OpenIntegrationData.Api.Options;
using OpenIntegrationData.Data.Database;
using OpenIntegrationData.LocalPostgres;
using OpenIntegrationData.Import;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// <c>import &lt;folder&gt;</c>: loads a folder of CSV files into the database the API would use
/// (configured or private cluster), all or nothing. Problems go to stderr as <c>file:line:column: reason</c>
/// with exit code 1; on success the row count of every table goes to stdout and the exit code is 0.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    public const int Succeeded = 0;

    public const int Failed = 1;

    public const int Usage = 2;

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <param name="args">The program's arguments: <c>import &lt;folder&gt;</c>, then optional configuration such as <c>--ConnectionStrings:Postgres=…</c>.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await errors.WriteLineAsync($"usage: {Name} <folder> [--ConnectionStrings:Postgres=<connection string>]");
            return Usage;
        }

        var folder = Path.GetFullPath(args[1]);
        if (!Directory.Exists(folder))
        {
            await errors.WriteLineAsync($"{folder}: no such folder");
            return Failed;
        }

        var builder = Host.CreateApplicationBuilder(args[2..]);
        // Stdout carries only the result; everything the program says about itself goes to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddDatabaseOptions();
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ImportCommand));

        try
        {
            var options = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            await using var database = await DatabaseConnector.ConnectAsync(options, logger, cancellationToken);
            await DatabasePreparation.PrepareAsync(database, options, logger, cancellationToken);
            await ServedRoleGrant.GrantReadAsync(database, logger, cancellationToken);
            // Progress only for a person at a terminal; logs and pipes get the final report alone.
            var progress = ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected ? new ImportProgress(errors) : null;
            var result = await new FolderImporter(database.OwnerDataSource).ImportAsync(folder, cancellationToken, progress);
            return await ReportAsync(result, output, errors);
        }
        catch (Exception exception) when (exception is OptionsValidationException or LocalPostgresClusterException or MigrationRefusedException or Npgsql.NpgsqlException)
        {
            await errors.WriteLineAsync(exception.Message);
            return Failed;
        }
    }

    private static async Task<int> ReportAsync(ImportResult result, TextWriter output, TextWriter errors)
    {
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                await errors.WriteLineAsync(problem.ToString());
            }

            await errors.WriteLineAsync($"{result.Problems.Count} problem(s); nothing was imported.");
            return Failed;
        }

        foreach (var count in result.Counts)
        {
            await output.WriteLineAsync($"{count.Table}: {count.Rows}");
        }

        return Succeeded;
    }
}

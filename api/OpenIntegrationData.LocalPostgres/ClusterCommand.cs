using System.Diagnostics;
using System.Text;

namespace OpenIntegrationData.LocalPostgres;

/// <summary>
/// Runs one PostgreSQL server program and captures its output. PostgreSQL refuses to run as root,
/// so when this process is root the program runs as the <c>postgres</c> OS user instead.
/// </summary>
internal static class ClusterCommand
{
    public const string ServiceUser = "postgres";

    public static bool RunsAsServiceUser => Environment.IsPrivilegedProcess;

    /// <summary>Runs <paramref name="program"/>; as the service user when <paramref name="asServiceUser"/> and this process is root.</summary>
    public static async Task<CommandOutcome> RunAsync(
        string program,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        bool asServiceUser = true)
    {
        var startInfo = CreateStartInfo(program, arguments, asServiceUser && RunsAsServiceUser);
        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);

        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new LocalPostgresClusterException($"Could not run '{startInfo.FileName}': {exception.Message}", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new LocalPostgresClusterException(
                $"'{Describe(program, arguments)}' did not finish within {timeout.TotalSeconds:0} s. Output:\n{Read(output)}");
        }

        // The parameterless wait flushes the asynchronous output readers.
        await process.WaitForExitAsync(CancellationToken.None);
        return new CommandOutcome(process.ExitCode, Read(output));
    }

    public static string Describe(string program, IReadOnlyList<string> arguments) =>
        string.Join(' ', arguments.Prepend(program));

    private static ProcessStartInfo CreateStartInfo(string program, IReadOnlyList<string> arguments, bool asServiceUser)
    {
        var startInfo = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            // The service user may not be allowed into our current folder; all paths we pass are absolute.
            WorkingDirectory = "/",
        };
        // English messages: callers read the output (for example "could not bind").
        startInfo.Environment["LC_ALL"] = "C";

        if (!asServiceUser)
        {
            startInfo.FileName = program;
            AddAll(startInfo, arguments);
            return startInfo;
        }

        startInfo.FileName = FindRunUser();
        AddAll(startInfo, ["-u", ServiceUser, "--", program]);
        AddAll(startInfo, arguments);
        return startInfo;
    }

    private static string FindRunUser()
    {
        string[] candidates = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser"];
        return candidates.FirstOrDefault(File.Exists) ?? throw new LocalPostgresClusterException(
            "This process runs as root, and PostgreSQL refuses to run as root; 'runuser' (util-linux) is needed " +
            $"to run the server as the '{ServiceUser}' user but was not found. Run as a normal user instead.");
    }

    private static void AddAll(ProcessStartInfo startInfo, IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Read(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}

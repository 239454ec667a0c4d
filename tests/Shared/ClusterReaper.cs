using System.Diagnostics;
using OpenIntegrationData.LocalPostgres;

namespace OpenIntegrationData.Testing;

/// <summary>
/// Removes the test cluster once the test process is gone. The test host is killed moments after its
/// last test, too soon for an exit handler to stop a server, so a detached shell waits for the process
/// to end and then stops the server and deletes its folder. It also cleans up after a crashed run.
/// </summary>
internal static class ClusterReaper
{
    public static void RemoveAfterThisProcess(string dataDirectory, string folderToDelete)
    {
        var pgCtl = PostgresBinaries.Locate().PgCtl;
        var stop = Environment.IsPrivilegedProcess
            ? $"runuser -u postgres -- '{pgCtl}' stop -D '{dataDirectory}' -m immediate"
            : $"'{pgCtl}' stop -D '{dataDirectory}' -m immediate";
        var script =
            $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done; " +
            $"cd /; {stop}; rm -rf '{folderToDelete}'";

        // setsid puts the shell in a session of its own, out of reach of whoever kills the test host's group.
        string[] detached = File.Exists("/usr/bin/setsid") || File.Exists("/bin/setsid") ? ["setsid", "sh"] : ["sh"];
        var startInfo = new ProcessStartInfo(detached[0])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
        };
        foreach (var argument in detached.Skip(1).Concat(["-c", $"exec >/dev/null 2>&1 </dev/null; {script}"]))
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var reaper = Process.Start(startInfo);
    }
}

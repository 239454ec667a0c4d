namespace OpenIntegrationData.LocalPostgres;

/// <summary>How a server program ended: its exit code and everything it wrote.</summary>
internal readonly record struct CommandOutcome(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}

namespace OpenIntegrationData.Import;

/// <summary>
/// One reason a folder was refused: the file, the line where the record starts (1 = header), the 1-based
/// field number within the record, and a reason in plain words.
/// </summary>
public sealed record ImportProblem(string File, int Line, int Column, string Reason)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Reason}";
}

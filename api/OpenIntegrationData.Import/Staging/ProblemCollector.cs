namespace OpenIntegrationData.Import.Staging;

/// <summary>Collects the problems of one import, up to a limit so a hopeless file cannot exhaust memory.</summary>
internal sealed class ProblemCollector(int limit)
{
    private readonly List<ImportProblem> _problems = [];

    public bool IsFull => _problems.Count >= limit;

    public bool Any => _problems.Count > 0;

    public void Add(string file, int line, int column, string reason)
    {
        if (IsFull)
        {
            return;
        }
        _problems.Add(new ImportProblem(file, line, column, reason));
        if (IsFull)
        {
            _problems.Add(new ImportProblem(file, line, column, $"stopped after {limit} problems"));
        }
    }

    /// <summary>The problems ordered by the import order of their files, then line and column.</summary>
    public IReadOnlyList<ImportProblem> Sorted(IReadOnlyList<string> fileOrder) =>
    [
        .. _problems
            .Select((problem, index) => (problem, index))
            .OrderBy(p => IndexOf(fileOrder, p.problem.File))
            .ThenBy(p => p.problem.Line)
            .ThenBy(p => p.problem.Column)
            .ThenBy(p => p.index)
            .Select(p => p.problem),
    ];

    private static int IndexOf(IReadOnlyList<string> fileOrder, string file)
    {
        for (var i = 0; i < fileOrder.Count; i++)
        {
            if (fileOrder[i] == file)
            {
                return i;
            }
        }
        return -1;
    }
}

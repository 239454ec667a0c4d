namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>A batch resolver returned a different number of values than it got parents.</summary>
internal sealed record BatchSizeMismatch(int Expected, int Actual);

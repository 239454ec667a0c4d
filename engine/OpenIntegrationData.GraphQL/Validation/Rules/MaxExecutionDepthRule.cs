using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule: HotChocolate's max execution depth (docs/conventions.md#limits). An operation may
/// nest fields at most <see cref="ValidationOptions.MaxExecutionDepth"/> deep, fragments expanded.
/// Added only when that option is set.
/// </summary>
public sealed class MaxExecutionDepthRule(int maxDepth) : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in context.Operations)
        {
            var depth = context.GetExecutionDepth(operation);
            if (depth > maxDepth)
            {
                context.ReportError(ValidationErrors.MaxExecutionDepth(operation, depth, maxDepth));
            }
        }
    }
}

using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>Choosing the operation of a request (spec 6.1 GetOperation).</summary>
public sealed partial class RequestExecutor
{
    /// <summary>
    /// GetOperation (spec 6.1): the operation named <paramref name="operationName"/>, or the only
    /// operation when no name is given; an error when that is ambiguous or unknown.
    /// </summary>
    internal static (OperationDefinitionNode? Operation, GraphQLError? Error) GetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        var count = 0;
        // Indexed: a foreach over IReadOnlyList would allocate an enumerator per request.
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null ? found is null : operation.Name?.Value == operationName && found is null)
            {
                found = operation;
            }
        }

        if (operationName is not null)
        {
            return found is null ? (null, ExecutionErrors.UnknownOperation(operationName)) : (found, null);
        }

        return count switch
        {
            0 => (null, ExecutionErrors.NoOperation()),
            1 => (found, null),
            _ => (null, ExecutionErrors.OperationNameRequired()),
        };
    }
}

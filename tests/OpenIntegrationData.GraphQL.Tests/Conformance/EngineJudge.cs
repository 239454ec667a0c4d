using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Validation;

namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>
/// Our verdict on a document, stage by stage in the order of spec 6.1 ExecuteRequest, with the
/// same stages the oracle reports: parse, validate (with the server's default options), GetOperation,
/// CoerceVariableValues.
/// </summary>
internal sealed class EngineJudge(Schema schema)
{
    private readonly DocumentValidator _validator = new(schema);

    public Verdict Judge(CorpusDocument document)
    {
        var parsed = Parser.Parse(document.Source);
        if (!parsed.Succeeded)
        {
            return Verdict.Reject("parse", [parsed.Error!.Message]);
        }

        var validation = _validator.Validate(parsed.Node!);
        if (!validation.IsValid)
        {
            return Verdict.Reject("validate", validation.Errors.Select(static e => e.Message));
        }

        var (operation, operationError) = RequestExecutor.GetOperation(parsed.Node!, document.OperationName);
        if (operation is null)
        {
            return Verdict.Reject("operation", [operationError!.Message]);
        }

        var (_, variableErrors) = VariableCoercion.CoerceVariableValues(schema, operation, document.Variables);
        return variableErrors.Count > 0 ? Verdict.Reject("variables", variableErrors.Select(Describe)) : Verdict.Accept;
    }

    // HotChocolate's variable messages keep the detail in extensions; show it so a mismatch is readable.
    private static string Describe(Errors.GraphQLError error)
    {
        var detail = error.Extensions.FirstOrDefault(static e => e.Key is "scalarError" or "inputObjectError").Value;
        return detail is null ? error.Message : $"{error.Message} {detail}";
    }
}

using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Introspection;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Planning;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Cost;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// Executes GraphQL requests against one schema (spec 6.1 ExecuteRequest): parse → validate
/// (both cached by the document's text) → GetOperation → operation kind check →
/// CoerceVariableValues → cost analysis (HC0047; reported or validated only on request) →
/// plan (cached when variables do not shape it) → execute. Safe to share between concurrent
/// requests; create one per schema.
/// </summary>
public sealed partial class RequestExecutor
{
    private readonly ExecutorOptions _options;
    private readonly DocumentValidator _validator;
    private readonly DocumentCache _documents;

    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    public RequestExecutor(Schema schema, ExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _options = options ?? ExecutorOptions.Default;
        _validator = new DocumentValidator(schema, _options.Validation);
        _documents = new DocumentCache(_options.DocumentCacheSize, _options.DocumentCacheMaxTotalLength);
    }

    /// <summary>The schema requests run against.</summary>
    public Schema Schema { get; }

    /// <summary>Parse, validation and cache counters.</summary>
    public ExecutorStatistics Statistics { get; } = new();

    /// <summary>
    /// ExecuteRequest (spec 6.1). Expected failures — syntax, validation, unknown operation,
    /// bad variables, timeout, cancellation — come back as a result with errors, never as exceptions.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        RequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        requestOptions ??= RequestOptions.Default;
        if (string.IsNullOrEmpty(request.Query))
        {
            return ExecutionResult.FromError(ExecutionErrors.MissingQuery());
        }

        var (document, syntaxError) = GetDocument(request.Query);
        if (document is null)
        {
            return ExecutionResult.FromError(syntaxError!);
        }

        if (document.ValidationErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(document.ValidationErrors);
        }

        // Clients often send an empty operationName for "none" (HotChocolate treats it so too).
        var operationName = string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName;
        var (operation, operationError) = GetOperation(document.Document, operationName);
        if (operation is null)
        {
            return ExecutionResult.FromError(operationError!);
        }

        if (CheckOperationKind(operation, requestOptions) is { } refused)
        {
            return refused;
        }

        var (variables, variableErrors) = VariableCoercion.CoerceVariableValues(Schema, operation, request.Variables);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(variableErrors);
        }

        var cost = document.GetCost(Schema, operation, variables, _options.Cost);
        var extensions = requestOptions.Cost == CostMode.None ? null : OperationCostExtensions(cost);
        if (cost.Errors.Count > 0)
        {
            return ExecutionResult.FromErrors(cost.Errors, extensions);
        }

        if (requestOptions.Cost == CostMode.ValidateOnly)
        {
            return new ExecutionResult(ResultKind.ValidatedOnly, [], null, extensions);
        }

        var plan = document.GetPlan(Schema, operation, variables, Statistics);
        if (!requestOptions.AllowIntrospection && FindIntrospectionField(plan.Plan) is { } introspection)
        {
            return ExecutionResult.FromError(ExecutionErrors.IntrospectionNotAllowed(introspection.Name, introspection.Locations));
        }

        if (requestOptions.Admission is not { } admission)
        {
            return await ExecuteOperationAsync(plan, variables, requestOptions, extensions, cancellationToken);
        }

        var admitted = await admission.EnterAsync(cost, cancellationToken);
        if (admitted.Refusal is { } refusal)
        {
            return new ExecutionResult(ResultKind.Refused, [refusal], null, extensions);
        }

        using (admitted.Lease)
        {
            return await ExecuteOperationAsync(plan, variables, requestOptions, extensions, cancellationToken);
        }
    }

    /// <summary>The first <c>__schema</c> or <c>__type</c> root field (they exist on the query root only), or null.</summary>
    /// <remarks>A loop over the field array: this runs for every request when introspection is off, and LINQ would allocate.</remarks>
    private static PlannedField? FindIntrospectionField(OperationPlan plan)
    {
        var rootFields = plan.RootSelectionSet.GetFields(plan.RootType);
        for (var i = 0; i < rootFields.Fields.Count; i++)
        {
            var field = rootFields.FieldAt(i);
            if (ReferenceEquals(field.Definition, IntrospectionFields.Schema) || ReferenceEquals(field.Definition, IntrospectionFields.Type))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary><c>extensions.operationCost</c> as HotChocolate reports it: <c>fieldCost</c>, then <c>typeCost</c>.</summary>
    private static KeyValuePair<string, object?>[] OperationCostExtensions(CostAnalysis cost) =>
    [
        new("operationCost", new KeyValuePair<string, object?>[] { new("fieldCost", cost.FieldCost), new("typeCost", cost.TypeCost) }),
    ];

    /// <summary>The cached document for the text, or a newly parsed and validated one; the syntax error otherwise.</summary>
    private (CachedDocument? Document, GraphQLError? Error) GetDocument(string query)
    {
        if (_documents.TryGet(query, out var cached))
        {
            Statistics.CountDocumentCacheHit();
            return (cached, null);
        }

        Statistics.CountParse();
        var parsed = Parser.Parse(query, _options.Parser);
        if (!parsed.Succeeded)
        {
            return (null, ExecutionErrors.Syntax(parsed.Error));
        }

        Statistics.CountValidation();
        var validation = _validator.Validate(parsed.Node);
        var document = new CachedDocument(parsed.Node, validation.Errors);
        _documents.Add(query, document);
        return (document, null);
    }

    private ExecutionResult? CheckOperationKind(OperationDefinitionNode operation, RequestOptions requestOptions)
    {
        var kind = operation.Operation switch
        {
            OperationType.Mutation => OperationKinds.Mutation,
            OperationType.Subscription => OperationKinds.Subscription,
            _ => OperationKinds.Query,
        };
        if ((requestOptions.AllowedOperations & kind) == 0)
        {
            return new ExecutionResult(ResultKind.OperationNotAllowed, [ExecutionErrors.OperationNotAllowed()], null);
        }

        if (operation.Operation == OperationType.Subscription)
        {
            return ExecutionResult.FromError(ExecutionErrors.SubscriptionsNotSupported(operation));
        }

        return Schema.GetRootType(operation.Operation) is null
            ? ExecutionResult.FromError(ExecutionErrors.RootTypeMissing(operation))
            : null;
    }

    /// <summary>Runs the plan under the execution timeout; timeout and cancellation become HC0045 / HC0049.</summary>
    private async ValueTask<ExecutionResult> ExecuteOperationAsync(
        ExecutablePlan plan,
        IReadOnlyDictionary<string, object?> variables,
        RequestOptions requestOptions,
        IReadOnlyList<KeyValuePair<string, object?>>? extensions,
        CancellationToken cancellationToken)
    {
        using var cancellation = new RequestCancellation(cancellationToken, _options.ExecutionTimeout);
        var context = new RequestContext(Schema, plan, variables, requestOptions, _options, cancellation);
        try
        {
            var data = await ExecutionEngine.ExecuteAsync(context, _options.RootValue);
            return new ExecutionResult(ResultKind.Executed, context.Errors, data, extensions);
        }
        catch (Exception) when (cancellation.IsCancellationRequested)
        {
            return ExecutionResult.FromError(
                cancellation.CallerCanceled ? ExecutionErrors.Canceled() : ExecutionErrors.Timeout(_options.ExecutionTimeout));
        }
    }
}

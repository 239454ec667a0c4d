using System.Globalization;
using OpenIntegrationData.GraphQL.Planning;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// What every resolver sees: the planned field (with its merged sub-selection), its coerced
/// arguments, the schema, the variables, request services and the cancellation token.
/// </summary>
public abstract class FieldContext
{
    private readonly RequestContext _request;

    private protected FieldContext(RequestContext request, PlannedField field, IReadOnlyDictionary<string, object?> arguments)
    {
        _request = request;
        Field = field;
        Arguments = arguments;
    }

    /// <summary>
    /// The planned field: definition, response name, field nodes, and the sub-selection a data
    /// resolver reads to choose columns and to plan nested levels.
    /// </summary>
    public PlannedField Field { get; }

    /// <summary>The object type that declares the field.</summary>
    public ObjectType ParentType => Field.ParentType;

    /// <summary>The coerced argument values (spec 6.4.1); an argument neither given nor defaulted is absent.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The schema.</summary>
    public Schema Schema => _request.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationPlan Operation => _request.Plan;

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _request.Variables;

    /// <summary>Request services, when the transport provides them.</summary>
    public IServiceProvider? Services => _request.RequestOptions.Services;

    /// <summary>Request-scoped values set by the transport.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData => _request.RequestOptions.ContextData;

    /// <summary>Signals that the client went away or the execution timeout passed.</summary>
    public CancellationToken CancellationToken => _request.CancellationToken;

    /// <summary>Whether the argument was given or has a default.</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>
    /// The coerced argument value as <typeparamref name="T"/>; <c>default</c> when absent or
    /// null. Numbers convert between numeric types (an <c>Int</c> read as <c>long</c>).
    /// </summary>
    /// <exception cref="InvalidCastException">When the value cannot be read as <typeparamref name="T"/>.</exception>
    public T? ArgumentValue<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && (target.IsPrimitive || target == typeof(decimal)))
        {
            return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Argument \"{name}\" of {Field.Definition.Coordinate} is a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    /// <summary>
    /// The coerced arguments of another planned field of this operation, typically a child in
    /// <see cref="PlannedField.SelectionSet"/>; failed coercion shows in <see cref="ArgumentValues.Error"/>.
    /// </summary>
    public ArgumentValues GetArguments(PlannedField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return _request.GetArguments(field);
    }
}

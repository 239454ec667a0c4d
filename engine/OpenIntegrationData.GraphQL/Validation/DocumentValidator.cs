using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// Validates executable documents against one schema (spec 5): every rule of
/// <see cref="SpecifiedRules"/> plus the configured limits, in ONE walk of the document.
/// Create one per schema and reuse it; it is safe to use from several threads.
/// </summary>
public sealed class DocumentValidator
{
    private readonly Schema _schema;
    private readonly ValidationOptions _options;
    private readonly Func<ValidationRule>[] _rules;
    private readonly int[][] _eventPlan;

    /// <summary>Creates a validator with the specified rules and the limits of <paramref name="options"/>.</summary>
    public DocumentValidator(Schema schema, ValidationOptions? options = null)
        : this(schema, options, RulesFor(options ?? ValidationOptions.Default))
    {
    }

    /// <summary>Creates a validator that runs exactly the given rules (e.g. one rule in its tests).</summary>
    public DocumentValidator(Schema schema, ValidationOptions? options, IEnumerable<Func<ValidationRule>> rules)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(rules);
        _schema = schema;
        _options = options ?? ValidationOptions.Default;
        _rules = [.. rules];
        _eventPlan = RuleEvents.Plan(CreateRules());
    }

    /// <summary>Validates a document; expected problems are errors in the result, never exceptions.</summary>
    public ValidationResult Validate(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ValidationContext(_schema, document, _options);
        new DocumentWalker(context, new RuleEvents(CreateRules(), _eventPlan)).Walk(document);
        return context.Errors.Count == 0 ? ValidationResult.Valid : new ValidationResult(context.Errors);
    }

    private ValidationRule[] CreateRules()
    {
        var rules = new ValidationRule[_rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = _rules[i]();
        }

        return rules;
    }

    private static List<Func<ValidationRule>> RulesFor(ValidationOptions options)
    {
        var rules = new List<Func<ValidationRule>>(SpecifiedRules.All);
        if (options.MaxExecutionDepth is { } maxDepth)
        {
            rules.Add(() => new MaxExecutionDepthRule(maxDepth));
        }

        if (options.MaxIntrospectionDepth is { } maxIntrospectionDepth)
        {
            rules.Add(() => new MaxIntrospectionDepthRule(maxIntrospectionDepth));
        }

        return rules;
    }
}

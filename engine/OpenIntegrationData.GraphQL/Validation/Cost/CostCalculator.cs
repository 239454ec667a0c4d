using System.Runtime.CompilerServices;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Cost;

/// <summary>
/// Adds up field and type cost over an operation with its fragments expanded (see
/// <see cref="CostAnalyzer"/> for the rules). Argument and input costs are in
/// CostCalculator.Arguments.cs.
/// </summary>
internal sealed partial class CostCalculator(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables,
    CostOptions options)
{
    private readonly List<object> _path = [];
    private readonly HashSet<string> _fragmentsInPath = new(StringComparer.Ordinal);
    private readonly List<GraphQLError> _errors = [];

    // A fragment's cost for one parent object, per list size applied to its sized fields.
    private readonly Dictionary<(string Fragment, double Size, string SizedNames), (double Field, double Type)> _fragmentCosts = [];

    public double FieldCost { get; private set; }

    public double TypeCost { get; private set; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public void AddRoot(ObjectType rootType, SelectionSetNode selectionSet)
    {
        TypeCost += CostWeights.OfType(rootType);
        AddSelectionSet(rootType, selectionSet, 1, null);
    }

    /// <summary>Adds the selections of one selection set resolved for <paramref name="count"/> parent objects.</summary>
    private void AddSelectionSet(NamedType? parentType, SelectionSetNode selectionSet, double count, SizedFields? sizedFields)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    AddField(parentType, field, count, sizedFields);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? schema.FindType(condition.Name.Value) : parentType;
                    AddSelectionSet(inlineType, inline.SelectionSet, count, sizedFields);
                    break;
                case FragmentSpreadNode spread:
                    AddFragment(spread, count, sizedFields);
                    break;
            }
        }
    }

    /// <summary>
    /// Adds a fragment's cost. Costs grow linearly with the parent count, so a fragment is
    /// measured once per count of one (and per list size of its sized fields) and reused:
    /// fragments spreading fragments twice at every level ("billion laughs") cost linear time
    /// instead of exponential time.
    /// </summary>
    private void AddFragment(FragmentSpreadNode spread, double count, SizedFields? sizedFields)
    {
        var name = spread.Name.Value;
        var key = (name, sizedFields?.Size ?? 0, sizedFields is null ? string.Empty : string.Join(',', sizedFields.Names));
        if (_fragmentCosts.TryGetValue(key, out var perParent))
        {
            FieldCost += perParent.Field * count;
            TypeCost += perParent.Type * count;
            return;
        }

        if (!fragments.TryGetValue(name, out var fragment) || !_fragmentsInPath.Add(name))
        {
            return;
        }

        var (fieldBefore, typeBefore) = (FieldCost, TypeCost);
        AddSelectionSet(schema.FindType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, 1, sizedFields);
        _fragmentsInPath.Remove(name);
        perParent = (FieldCost - fieldBefore, TypeCost - typeBefore);
        _fragmentCosts[key] = perParent;
        FieldCost += perParent.Field * (count - 1);
        TypeCost += perParent.Type * (count - 1);
    }

    private void AddField(NamedType? parentType, FieldNode node, double count, SizedFields? sizedFields)
    {
        var name = node.Name.Value;
        if (name.StartsWith("__", StringComparison.Ordinal) || parentType is not ComplexType complex || complex.FindField(name) is not { } field)
        {
            return;
        }

        _path.Add(node.Alias?.Value ?? name);
        FieldCost += (CostWeights.OfField(field, options) + ArgumentsCost(field, node)) * count;

        // A sized field of the parent (a connection's edges or nodes) has the parent's list size.
        var ownSize = sizedFields is { } sized && sized.Names.Contains(name) ? sized.Size : 1;
        SizedFields? childSizedFields = null;
        if (ListSizeDirective.From(field) is { } listSize)
        {
            var size = ListSize(listSize, field, node);
            if (listSize.SizedFields.Count > 0)
            {
                childSizedFields = new SizedFields(size, listSize.SizedFields);
            }
            else
            {
                ownSize = size;
            }
        }

        var produced = count * ownSize;
        var namedType = field.Type.NamedType();
        if (namedType.IsCompositeType)
        {
            TypeCost += CostWeights.OfType(namedType) * produced;
            if (node.SelectionSet is { } selectionSet)
            {
                AddSelectionSet(namedType, selectionSet, produced, childSizedFields);
            }
        }

        _path.RemoveAt(_path.Count - 1);
    }

    /// <summary>
    /// The list size of a field with <c>@listSize</c>: the largest slicing argument given, else
    /// the slicing default (of the directive, or declared on a slicing argument), else the
    /// assumed size, else 1. Reports HC0082 when exactly one slicing
    /// argument is required but none (and no default) or several are given.
    /// </summary>
    private double ListSize(ListSizeDirective listSize, FieldDefinition field, FieldNode node)
    {
        var given = 0;
        double largest = 0;
        foreach (var slicingArgument in listSize.SlicingArguments)
        {
            if (SlicingValue(node, slicingArgument) is { } value)
            {
                given++;
                largest = Math.Max(largest, value);
            }
        }

        var defaultSize = listSize.SlicingArgumentDefaultValue ?? DeclaredSlicingDefault(field, listSize.SlicingArguments);
        if (listSize.RequireOneSlicingArgument && listSize.SlicingArguments.Count > 0 && given != 1 && !(given == 0 && defaultSize is not null))
        {
            _errors.Add(ValidationErrors.ExactlyOneSlicingArgument(node, [.. _path]));
        }

        if (given > 0)
        {
            return largest;
        }

        return defaultSize ?? listSize.AssumedSize ?? 1;
    }

    /// <summary>A list of sub-field names and the list size that applies to them.</summary>
    private sealed record SizedFields(double Size, IReadOnlyList<string> Names);
}

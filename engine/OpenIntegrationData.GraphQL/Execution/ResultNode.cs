namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// An object or list in the response tree. Each node knows its parent and its slot there, so
/// a null can travel up to the nearest nullable slot (spec 6.4.4 "Handling Execution Errors")
/// and an error path can be read off the tree instead of being built for every field.
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode(ResultNode? parent, int parentIndex)
    {
        Parent = parent;
        ParentIndex = parentIndex;
    }

    internal ResultNode? Parent { get; }

    internal int ParentIndex { get; }

    /// <summary>Set when a null propagated through this node: its slot in the parent is now null.</summary>
    internal bool Discarded { get; set; }

    /// <summary>Whether neither this node nor an ancestor was nulled, i.e. it is still part of the response.</summary>
    internal bool IsAlive
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.Discarded)
                {
                    return false;
                }
            }

            return true;
        }
    }

    internal abstract bool IsNullableAt(int index);

    internal abstract void SetSlot(int index, object? value);

    internal abstract object PathSegment(int index);

    /// <summary>The response path of a slot: field names and list indexes from the root.</summary>
    internal IReadOnlyList<object> PathOf(int index)
    {
        var depth = 1;
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            depth++;
        }

        var path = new object[depth];
        path[--depth] = PathSegment(index);
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            path[--depth] = node.Parent.PathSegment(node.ParentIndex);
        }

        return path;
    }
}

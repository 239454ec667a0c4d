using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>The walk through argument and default values: lists, input objects, variables, literals.</summary>
internal sealed partial class DocumentWalker
{
    private void WalkValue(ValueNode value)
    {
        if (value is VariableNode variable)
        {
            context.RecordVariableUsage(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
        }

        foreach (var rule in events.EnterValue)
        {
            rule.EnterValue(context, value);
        }

        switch (value)
        {
            case ListValueNode list:
                WalkListItems(list);
                break;
            case ObjectValueNode obj:
                WalkObjectFields(obj);
                break;
        }

        foreach (var rule in events.LeaveValue)
        {
            rule.LeaveValue(context, value);
        }
    }

    private void WalkListItems(ListValueNode list)
    {
        if (list.Values.Count == 0)
        {
            return;
        }

        _typeInfo.EnterListValue();
        var items = list.Values;
        for (var i = 0; i < items.Count; i++)
        {
            WalkValue(items[i]);
        }

        _typeInfo.LeaveInput();
    }

    private void WalkObjectFields(ObjectValueNode obj)
    {
        var fields = obj.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            _typeInfo.EnterObjectField(field);
            foreach (var rule in events.EnterObjectField)
            {
                rule.EnterObjectField(context, field);
            }

            WalkValue(field.Value);
            _typeInfo.LeaveInput();
        }
    }
}

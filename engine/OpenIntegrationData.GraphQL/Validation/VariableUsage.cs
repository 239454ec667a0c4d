using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// A place where a variable is used, with what the schema expects there (graphql-js
/// <c>VariableUsage</c>): the input type, whether that argument or input field has a default
/// (spec 5.8.5 "Allowing Optional Variables When Default Values Exist"), and the type of the
/// value around it (a <c>@oneOf</c> input object demands a non-null variable).
/// </summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The expected input type; null when the position is unknown to the schema.</param>
/// <param name="LocationDefaultValue">The default of the argument or input field, or null.</param>
/// <param name="ParentType">The type of the enclosing list or input object value, or null.</param>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? LocationDefaultValue, GraphQLType? ParentType);

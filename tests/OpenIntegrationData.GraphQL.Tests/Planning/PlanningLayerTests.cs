using System.Reflection;
using OpenIntegrationData.GraphQL.Tests.Conformance;

namespace OpenIntegrationData.GraphQL.Tests.Planning;

/// <summary>Planning turns a document into a plan; it must not reach into the executor that runs the plan.</summary>
public sealed class PlanningLayerTests
{
    [Fact]
    public void PlanningSources_DoNotUseTheExecutionNamespace()
    {
        var planning = Path.Combine(RepositoryPaths.Root, "engine", "OpenIntegrationData.GraphQL", "Planning");

        var offenders = Directory.EnumerateFiles(planning, "*.cs")
            .Where(file => File.ReadAllText(file).Contains("GraphQL.Execution", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.NotEmpty(Directory.EnumerateFiles(planning, "*.cs"));
        Assert.Empty(offenders);
    }

    [Fact]
    public void PlanningTypes_ExposeNoExecutionTypes()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var planningTypes = typeof(GraphQL.Planning.OperationPlan).Assembly.GetTypes()
            .Where(type => type.Namespace == "OpenIntegrationData.GraphQL.Planning");

        var leaks = planningTypes
            .SelectMany(type => type.GetFields(all).Select(field => (Member: $"{type.Name}.{field.Name}", field.FieldType))
                .Concat(type.GetProperties(all).Select(property => (Member: $"{type.Name}.{property.Name}", property.PropertyType)))
                .Concat(type.GetMethods(all).SelectMany(method => method.GetParameters()
                    .Select(parameter => (Member: $"{type.Name}.{method.Name}({parameter.Name})", parameter.ParameterType)))))
            .Where(entry => entry.Item2.Namespace == "OpenIntegrationData.GraphQL.Execution")
            .Select(entry => entry.Member)
            .ToList();

        Assert.Empty(leaks);
    }
}

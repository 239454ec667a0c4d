using System.Reflection;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Tests.Types;

/// <summary>The schema model is shared between requests, so nothing outside the engine may change it.</summary>
public sealed class ImmutabilityTests
{
    [Fact]
    public void SchemaModel_HasNoPublicSetters()
    {
        var modelTypes = typeof(Schema).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(Schema).Namespace || t.Namespace == typeof(Schema).Namespace + ".Scalars");

        var settable = modelTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } or { IsFamily: true } && !IsInitOnly(p.SetMethod))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(settable);
    }

    // Records' init accessors can only be used while constructing, so they keep values immutable.
    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));

    [Fact]
    public void SchemaModel_HasNoPublicConstructorsForCompletedTypes()
    {
        Type[] builtOnlyByTheBuilder = [typeof(ObjectType), typeof(InterfaceType), typeof(UnionType), typeof(EnumType), typeof(InputObjectType), typeof(FieldDefinition), typeof(InputValueDefinition), typeof(Schema)];

        Assert.All(builtOnlyByTheBuilder, t => Assert.Empty(t.GetConstructors()));
    }
}

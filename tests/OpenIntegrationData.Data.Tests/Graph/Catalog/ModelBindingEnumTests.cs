using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Model.Programmes;

namespace OpenIntegrationData.Data.Tests.Graph.Catalog;

/// <summary>A GraphQL enum takes its values from the model's allowed values and cannot drift from them.</summary>
public sealed class ModelBindingEnumTests
{
    [Fact]
    public void EnumType_EveryAllowedValueDescribed_ServesTheModelsValuesInTheModelsOrder()
    {
        var status = new ModelBinding<Programme>().EnumType(x => x.Status, "ProgrammeStatus", "Whether a programme is running.",
            ("closed", "Ended."), ("planned", "Planned."), ("active", "Running."));

        Assert.Equal(["PLANNED", "ACTIVE", "CLOSED"], status.Values.Select(static v => v.GraphQLName));
        Assert.Equal("Running.", status.Values[1].Description);
    }

    [Fact]
    public void EnumType_AllowedValueWithoutDescription_IsAnErrorNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModelBinding<Programme>().EnumType(
            x => x.Status, "ProgrammeStatus", "Whether a programme is running.", ("planned", "Planned."), ("active", "Running.")));

        Assert.Contains("'closed' of programme.status", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumType_DescribedValueTheColumnDoesNotAllow_IsAnErrorNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModelBinding<Programme>().EnumType(
            x => x.Status, "ProgrammeStatus", "Whether a programme is running.",
            ("planned", "Planned."), ("active", "Running."), ("closed", "Ended."), ("paused", "Paused.")));

        Assert.Contains("'paused'", error.Message, StringComparison.Ordinal);
    }
}

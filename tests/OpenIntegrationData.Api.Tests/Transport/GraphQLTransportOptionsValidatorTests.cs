using OpenIntegrationData.Api.Options;

namespace OpenIntegrationData.Api.Tests.Transport;

public sealed class GraphQLTransportOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var options = new GraphQLTransportOptions();

        Assert.True(new GraphQLTransportOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(1_048_576, options.MaxRequestSize);
        Assert.Equal("/graphql", options.Path);
    }

    [Theory]
    [InlineData("graphql", 1, 1000, "Path")]
    [InlineData("/graphql/", 1, 1000, "Path")]
    [InlineData("", 1, 1000, "Path")]
    [InlineData("/graphql", 0, 1000, "MaxRequestSize")]
    [InlineData("/graphql", 1, 50, "ExecutionTimeout")]
    public void Validate_BadSetting_FailsNamingIt(string path, long maxRequestSize, int timeoutMilliseconds, string setting)
    {
        var options = new GraphQLTransportOptions
        {
            Path = path,
            MaxRequestSize = maxRequestSize,
            ExecutionTimeout = TimeSpan.FromMilliseconds(timeoutMilliseconds),
        };

        var result = new GraphQLTransportOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"GraphQL:{setting}", result.FailureMessage, StringComparison.Ordinal);
    }
}

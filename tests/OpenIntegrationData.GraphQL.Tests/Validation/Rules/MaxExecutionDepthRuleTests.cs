using System.Text;
using OpenIntegrationData.GraphQL.Validation;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class MaxExecutionDepthRuleTests
{
    [Fact]
    public void Validate_DepthOverTheLimitThroughFragments_IsReportedLikeHotChocolate()
    {
        var options = new ValidationOptions { MaxExecutionDepth = 3 };
        Assert.Empty(RuleTester.Validate("{ dog { owner { name } } }", options: options));
        var errors = RuleTester.Validate("query Deep { dog { ...O } }\nfragment O on Dog { owner { relatives { name } } }", options: options);
        var error = Assert.Single(errors);
        Assert.Equal("The GraphQL document has an execution depth of 4 which exceeds the max allowed execution depth of 3.", error.Message);
        Assert.Equal([new(1, 1)], error.Locations);
        Assert.Contains(error.Extensions, static e => e.Key == "allowedExecutionDepth" && (int)e.Value! == 3);
        Assert.Contains(error.Extensions, static e => e.Key == "detectedExecutionDepth" && (int)e.Value! == 4);
    }

    [Fact]
    public void Validate_DepthLimit_IsOffByDefault()
    {
        var document = new StringBuilder("{ human { ");
        for (var i = 0; i < 30; i++)
        {
            document.Append("relatives { ");
        }

        document.Append("name").Append('}', 31).Append(" }");
        Assert.Empty(RuleTester.Validate(document.ToString()));
    }
}

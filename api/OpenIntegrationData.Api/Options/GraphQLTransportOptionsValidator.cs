using Microsoft.Extensions.Options;

namespace OpenIntegrationData.Api.Options;

/// <summary>Checks <see cref="GraphQLTransportOptions"/> once at start, so a bad setting stops the API with a clear message.</summary>
internal sealed class GraphQLTransportOptionsValidator : IValidateOptions<GraphQLTransportOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLTransportOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.Path) || !options.Path.StartsWith('/') || options.Path.Length > 1 && options.Path.EndsWith('/'))
        {
            failures.Add($"{GraphQLTransportOptions.Section}:Path must start with '/' and not end with '/' (e.g. /graphql).");
        }

        if (options.MaxRequestSize <= 0)
        {
            failures.Add($"{GraphQLTransportOptions.Section}:MaxRequestSize must be a positive number of bytes.");
        }

        if (options.ExecutionTimeout < TimeSpan.FromMilliseconds(100))
        {
            failures.Add($"{GraphQLTransportOptions.Section}:ExecutionTimeout must be at least 100 ms.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using System.Text.Encodings.Web;

namespace OpenIntegrationData.GraphQL.Utilities;

/// <summary>How response JSON is encoded, shared by the planner (response names, encoded once per plan) and the result writer.</summary>
internal static class ResponseJson
{
    /// <summary>
    /// Escapes only what JSON requires, so messages keep their backticks and quotes readable as
    /// HotChocolate writes them (<c>Variable `x` got an invalid value.</c>).
    /// </summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}

using System.Text;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>HotChocolate's naming conventions for names derived from C# members (API-CONVENTIONS §0).</summary>
public static class NameConventions
{
    /// <summary>UPPER_SNAKE_CASE of a member name: <c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPCode</c> → <c>HTTP_CODE</c>.</summary>
    public static string ToEnumValueName(string memberName)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberName);
        var builder = new StringBuilder(memberName.Length + 4);
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            if (i > 0 && char.IsUpper(c) && StartsNewWord(memberName, i))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>camelCase of a member name: <c>GetDistrictsAsync</c> is not shortened here, <c>Name</c> → <c>name</c>, <c>ID</c> → <c>id</c>.</summary>
    public static string ToFieldName(string memberName)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberName);
        var upper = 0;
        while (upper < memberName.Length && char.IsUpper(memberName[upper]))
        {
            upper++;
        }

        // "URLPath" → "urlPath": keep the last capital of an acronym when a word follows it.
        var lowered = upper == memberName.Length || upper <= 1 ? upper : upper - 1;
        return memberName[..lowered].ToLowerInvariant() + memberName[lowered..];
    }

    private static bool StartsNewWord(string name, int index)
    {
        var previous = name[index - 1];
        if (char.IsLower(previous) || char.IsDigit(previous))
        {
            return true;
        }

        // The last capital of an acronym starts the next word: "HTTPCode" → "HTTP_CODE".
        return char.IsUpper(previous) && index + 1 < name.Length && char.IsLower(name[index + 1]);
    }
}

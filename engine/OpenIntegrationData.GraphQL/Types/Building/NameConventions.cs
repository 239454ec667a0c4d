using System.Text;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>HotChocolate's naming conventions for names derived from C# members (docs/conventions.md#naming).</summary>
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

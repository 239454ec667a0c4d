using OpenIntegrationData.GraphQL.Types.Scalars;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>The five scalars every schema has (spec 3.5). They are shared by all schemas.</summary>
public static class BuiltInScalars
{
    /// <summary>Signed 32-bit integer.</summary>
    public static IntType Int { get; } = new();

    /// <summary>Finite double-precision number.</summary>
    public static FloatType Float { get; } = new();

    /// <summary>UTF-8 text.</summary>
    public static StringType String { get; } = new();

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static BooleanType Boolean { get; } = new();

    /// <summary>Unique identifier, serialized as a string.</summary>
    public static IdType ID { get; } = new();

    /// <summary>All five, in spec order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [Int, Float, String, Boolean, ID];

    /// <summary>The built-in scalar with the given name, or null.</summary>
    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}

namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>Reads CLR numbers of any width the same way, for the numeric scalars.</summary>
internal static class NumberValues
{
    /// <summary>The value as a whole number, or null when it is not a number or has a fraction.</summary>
    public static decimal? ToWholeNumber(object? value) => value switch
    {
        int number => number,
        long number => number,
        short number => number,
        byte number => number,
        sbyte number => number,
        ushort number => number,
        uint number => number,
        ulong number => number,
        decimal number => number == decimal.Truncate(number) ? number : null,
        double number => IsWhole(number) ? (decimal)number : null,
        float number => IsWhole(number) ? (decimal)number : null,
        _ => null,
    };

    /// <summary>The value as a double, or null when it is not a number.</summary>
    public static double? ToDouble(object? value) => value switch
    {
        double number => number,
        float number => number,
        decimal number => (double)number,
        int number => number,
        long number => number,
        short number => number,
        byte number => number,
        sbyte number => number,
        ushort number => number,
        uint number => number,
        ulong number => number,
        _ => null,
    };

    // Whole and small enough for decimal; larger doubles are out of every integer range anyway.
    private static bool IsWhole(double number) => double.IsInteger(number) && Math.Abs(number) < 7.9e28;
}

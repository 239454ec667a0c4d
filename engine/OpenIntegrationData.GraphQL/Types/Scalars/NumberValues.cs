using System.Numerics;

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

    /// <summary>The value as a <typeparamref name="TNumber"/>, or null when it is not a number or out of its range.</summary>
    public static TNumber? ToNumber<TNumber>(object? value)
        where TNumber : struct, INumberBase<TNumber>
    {
        try
        {
            return value switch
            {
                double number => TNumber.CreateChecked(number),
                float number => TNumber.CreateChecked(number),
                decimal number => TNumber.CreateChecked(number),
                int number => TNumber.CreateChecked(number),
                long number => TNumber.CreateChecked(number),
                short number => TNumber.CreateChecked(number),
                byte number => TNumber.CreateChecked(number),
                sbyte number => TNumber.CreateChecked(number),
                ushort number => TNumber.CreateChecked(number),
                uint number => TNumber.CreateChecked(number),
                ulong number => TNumber.CreateChecked(number),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null; // For example infinity or NaN as a decimal.
        }
    }

    // Whole and small enough for decimal; larger doubles are out of every integer range anyway.
    private static bool IsWhole(double number) => double.IsInteger(number) && Math.Abs(number) < 7.9e28;
}

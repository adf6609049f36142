namespace SpasmCoach.Core.Validation;

/// <summary>
/// The messages for a number outside its limits, in one place so a form in other units can recognise a message and
/// say the same limits in the units the person typed.
/// </summary>
public static class LimitMessages
{
    public static string Between(double min, double max, string unit) => $"Must be from {min:0.#} to {max:0.#} {unit}.";

    public static string AboveZeroUpTo(double max, string unit) => $"Must be more than 0 and at most {max:0.#} {unit}.";

    /// <summary>For a nutrient of a serving, which may be left unknown.</summary>
    public static string PerServing(double max, string unit) => $"Must be from 0 to {max:0.#} {unit} per serving, or empty when unknown.";
}

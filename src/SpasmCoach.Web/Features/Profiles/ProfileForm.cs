using System.Globalization;
using System.Text.RegularExpressions;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Units;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Features.Profiles;

/// <summary>The profile form: text as typed, weights and volumes in the person's own units.</summary>
public sealed class ProfileForm
{
    public string? TimeZone { get; set; }
    public string Units { get; set; } = "metric";

    /// <summary>The units the numbers below were shown in, so switching units does not reinterpret them.</summary>
    public string ShownUnits { get; set; } = "metric";
    public string? BirthDate { get; set; }
    public string? Sex { get; set; }
    public string LifeStage { get; set; } = "none";
    public string? DayStartsAt { get; set; }
    public string? Weight { get; set; }
    public bool HasFluidLimit { get; set; }
    public string? FluidLimit { get; set; }
    public string? DrinksGoal { get; set; }
    public bool AvoidDairy { get; set; }
    public bool AvoidNuts { get; set; }
    public bool AvoidGluten { get; set; }
    public bool AvoidMeat { get; set; }
    public bool AvoidFish { get; set; }
    public bool KidneyDisease { get; set; }
    public bool PotassiumRaisingMedicine { get; set; }

    public static ProfileForm From(Profile p) => new()
    {
        TimeZone = p.TimeZoneId,
        Units = Codes.Of(p.Units),
        ShownUnits = Codes.Of(p.Units),
        BirthDate = p.BirthDate is { } b ? LocalTimeText.Format(b) : null,
        Sex = p.Sex is { } s ? Codes.Of(s) : "",
        LifeStage = Codes.Of(p.LifeStage),
        DayStartsAt = LocalTimeText.FormatHourMinute(p.DayStartsAt),
        Weight = p.WeightKg is { } w ? FormNumbers.Format(Mass.ToDisplay(w, p.Units)) : null,
        HasFluidLimit = p.FluidLimitMl is not null,
        FluidLimit = p.FluidLimitMl is { } l ? FormNumbers.Format(Volume.ToDisplay(l, p.Units)) : null,
        DrinksGoal = p.DrinksGoalMl is { } g ? FormNumbers.Format(Volume.ToDisplay(g, p.Units)) : null,
        AvoidDairy = p.Avoid.Contains(FoodAvoidance.Dairy),
        AvoidNuts = p.Avoid.Contains(FoodAvoidance.Nuts),
        AvoidGluten = p.Avoid.Contains(FoodAvoidance.Gluten),
        AvoidMeat = p.Avoid.Contains(FoodAvoidance.Meat),
        AvoidFish = p.Avoid.Contains(FoodAvoidance.Fish),
        KidneyDisease = p.KidneyDisease,
        PotassiumRaisingMedicine = p.PotassiumRaisingMedicine,
    };

    /// <summary>Volumes are stored in whole millilitres.</summary>
    private static Func<double, double> MillilitresFrom(DisplayUnits units) => shown => Math.Round(Volume.FromDisplay(shown, units));

    private List<string> Avoided()
    {
        var avoid = new List<string>();
        void Add(bool on, FoodAvoidance what)
        {
            if (on)
            {
                avoid.Add(Codes.Of(what));
            }
        }
        Add(AvoidDairy, FoodAvoidance.Dairy);
        Add(AvoidNuts, FoodAvoidance.Nuts);
        Add(AvoidGluten, FoodAvoidance.Gluten);
        Add(AvoidMeat, FoodAvoidance.Meat);
        Add(AvoidFish, FoodAvoidance.Fish);
        return avoid;
    }

    /// <summary>
    /// Converts to the API's input in metric; a number that does not parse is reported against its field, and a number
    /// left as the form showed it keeps the <paramref name="stored"/> value (<see cref="FormNumbers.ParseKeeping"/>).
    /// </summary>
    public ProfileInput ToInput(ValidationErrors errors, Profile stored)
    {
        var units = Codes.TryParse<DisplayUnits>(ShownUnits, out var u) ? u : DisplayUnits.Metric;
        var weight = FormNumbers.ParseKeeping(Weight, "weightKg", errors, stored.WeightKg, kg => Mass.ToDisplay(kg, units), w => Mass.FromDisplay(w, units));
        var limit = HasFluidLimit
            ? FormNumbers.ParseKeeping(FluidLimit, "fluidLimitMl", errors, stored.FluidLimitMl, ml => Volume.ToDisplay(ml, units), MillilitresFrom(units))
            : null;
        if (HasFluidLimit && limit is null && !errors.Has("fluidLimitMl"))
        {
            errors.Add("fluidLimitMl", "Enter the limit your clinician gave you, or untick the box.");
        }
        var goal = FormNumbers.ParseKeeping(DrinksGoal, "drinksGoalMl", errors, stored.DrinksGoalMl, ml => Volume.ToDisplay(ml, units), MillilitresFrom(units));
        return new ProfileInput(TimeZone, Units, BirthDate, Sex, LifeStage, DayStartsAt,
            weight,
            limit,
            goal,
            Avoided(),
            KidneyDisease,
            PotassiumRaisingMedicine);
    }
}

/// <summary>
/// Numbers in forms: invariant culture, a comma accepted as decimal point ("12,5"), except where it has a thousands
/// separator's shape (<see cref="ThousandsComma"/>).
/// </summary>
public static partial class FormNumbers
{
    /// <param name="box">Names the box when a field has more than one ("Minutes" of "How long"); null says "Must be ...".</param>
    public static double? Parse(string? text, string field, ValidationErrors errors, string? box = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (ThousandsComma().IsMatch(text))
        {
            errors.Add(field, ThousandsCommaMessage(text.Trim(), box));
            return null;
        }
        // Plain decimals only: "1e3" is not how anyone writes 1000 ml.
        const NumberStyles plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if (double.TryParse(text.Trim().Replace(',', '.'), plain, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        errors.Add(field, box is null ? "Must be a number." : $"{box} must be a number.");
        return null;
    }

    /// <summary>
    /// A comma followed by exactly three digits ("2,500", "1,000.5"): in the US and UK that separates thousands, so
    /// reading it as a decimal comma stored 2.5 ml for two thousand five hundred, silently and inside the allowed range.
    /// </summary>
    [GeneratedRegex(@",\d{3}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsComma();

    private static string ThousandsCommaMessage(string text, string? box)
    {
        var start = box is null ? "Write it" : $"{box}: write it";
        var without = text.Replace(",", "", StringComparison.Ordinal);
        // One comma and no point could also be a decimal comma ("2,500" for 2.5): offer both readings.
        return text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal)
            ? $"{start} without a thousands comma ({without}), or with a decimal point ({text.Replace(',', '.')})."
            : $"{start} without a thousands comma: {without}.";
    }

    /// <summary>A whole number ("2", "2.0"); "2.5" is refused like the API refuses it, never rounded quietly.</summary>
    public static int? ParseInt(string? text, string field, ValidationErrors errors)
    {
        if (Parse(text, field, errors) is not { } value)
        {
            return null;
        }
        if (value != Math.Floor(value) || Math.Abs(value) > int.MaxValue)
        {
            errors.Add(field, "Must be a whole number.");
            return null;
        }
        return (int)value;
    }

    /// <summary>
    /// Reads a number the form showed for a <paramref name="stored"/> value: a number equal to what <see cref="Format"/>
    /// showed for <paramref name="toDisplay"/>(stored) ("151", "151.0", "151,0") gives back the stored value itself;
    /// any other number is converted with <paramref name="fromDisplay"/>.
    /// </summary>
    /// <remarks>
    /// Why: the form rounds to 0.1 and shows lb or fl oz, so reading the shown text back changed values nobody touched
    /// (68.5 kg shown as 151 lb came back as 68.49 kg; FormRoundTripTests).
    /// </remarks>
    public static double? ParseKeeping(
        string? text, string field, ValidationErrors errors, double? stored, Func<double, double> toDisplay, Func<double, double> fromDisplay)
    {
        if (Parse(text, field, errors) is not { } value)
        {
            return null;
        }
        return stored is { } s && value == double.Parse(Format(toDisplay(s)), CultureInfo.InvariantCulture) ? s : fromDisplay(value);
    }

    /// <summary><see cref="ParseKeeping"/> for a value shown as it is stored.</summary>
    public static double? ParseKeeping(string? text, string field, ValidationErrors errors, double? stored) =>
        ParseKeeping(text, field, errors, stored, v => v, v => v);

    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

using System.Globalization;
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

    /// <summary>Converts to the API's input in metric; a number that does not parse is reported against its field.</summary>
    public ProfileInput ToInput(ValidationErrors errors)
    {
        var units = Codes.TryParse<DisplayUnits>(ShownUnits, out var u) ? u : DisplayUnits.Metric;
        var weight = FormNumbers.Parse(Weight, "weightKg", errors);
        var limit = HasFluidLimit ? FormNumbers.Parse(FluidLimit, "fluidLimitMl", errors) : null;
        if (HasFluidLimit && limit is null && !errors.Has("fluidLimitMl"))
        {
            errors.Add("fluidLimitMl", "Enter the limit your clinician gave you, or untick the box.");
        }
        var goal = FormNumbers.Parse(DrinksGoal, "drinksGoalMl", errors);
        return new ProfileInput(TimeZone, Units, BirthDate, Sex, LifeStage, DayStartsAt,
            weight is { } w ? Mass.FromDisplay(w, units) : null,
            limit is { } l ? Math.Round(Volume.FromDisplay(l, units)) : null,
            goal is { } g ? Math.Round(Volume.FromDisplay(g, units)) : null,
            Avoided(),
            KidneyDisease,
            PotassiumRaisingMedicine);
    }
}

/// <summary>Numbers in forms: invariant culture, a comma accepted as decimal point.</summary>
public static class FormNumbers
{
    public static double? Parse(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        errors.Add(field, "Must be a number.");
        return null;
    }

    public static int? ParseInt(string? text, string field, ValidationErrors errors) =>
        Parse(text, field, errors) is { } value ? (int)Math.Round(value) : null;

    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

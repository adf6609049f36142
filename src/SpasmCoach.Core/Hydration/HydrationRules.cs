using NodaTime;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Targets;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Units;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Core.Hydration;

/// <summary>A drink as a client sends it.</summary>
public sealed record DrinkInput(string? AtLocal, double? VolumeMl, string? Beverage);

/// <summary>A one-tap drink size, in the person's own units.</summary>
public sealed record QuickAddSize(string Name, double VolumeMl, string Label);

/// <summary>Where a day's drinks goal comes from.</summary>
public enum GoalSource
{
    /// <summary>No goal: the profile lacks birth date or sex, or the person is under one year old.</summary>
    None,

    /// <summary>The drinks part of the US/Canada Adequate Intake for water (<see cref="WaterTarget.Source"/>).</summary>
    AdequateIntake,

    /// <summary>The person's own goal.</summary>
    Personal,

    /// <summary>A clinician's fluid limit: a ceiling, not a goal.</summary>
    ClinicianLimit,
}

/// <summary>A diary day's drinks against the person's goal or limit.</summary>
/// <param name="Date">The diary day.</param>
/// <param name="DrinksMl">Everything drunk on it, ml.</param>
/// <param name="GoalMl">Drinks to aim for; null when there is none or a clinician's limit applies.</param>
/// <param name="LimitMl">A clinician's fluid ceiling; when set, the app never asks for more.</param>
/// <param name="Source">Where the goal or limit comes from.</param>
/// <param name="Basis">A sentence naming that source, for the person to read.</param>
/// <param name="FoodWater">Water in the day's logged foods (1 g = 1 ml), as far as they give it.</param>
/// <param name="TotalGoalMl">The total-water Adequate Intake (drinks plus food), when the profile allows one and no limit applies.</param>
public sealed record HydrationDay(LocalDate Date, double DrinksMl, double? GoalMl, double? LimitMl, GoalSource Source, string? Basis, FoodWater FoodWater, double? TotalGoalMl = null)
{
    public double FoodWaterMl => FoodWater.Ml;

    /// <summary>Drinks and the known water from food: a lower bound when some foods give no water figure.</summary>
    public double TotalWaterMl => DrinksMl + FoodWaterMl;

    public bool OverLimit => LimitMl is { } limit && DrinksMl > limit;

    /// <summary>0 to 1 of the goal or limit reached, for a progress bar; null without either.</summary>
    public double? Fraction => (GoalMl ?? LimitMl) is { } target && target > 0 ? Math.Min(1, DrinksMl / target) : null;
}

/// <summary>The limits of a drink entry and how a day's drinks are judged.</summary>
public static class HydrationRules
{
    /// <summary>
    /// The smallest drink: 2 ml, not just above 0, so no stored drink reads as "0 ml" or "0 fl oz" (both round, fl oz to
    /// 0.1, and 1 ml is 0.03 fl oz).
    /// </summary>
    public const double MinVolumeMl = 2;

    public const double MaxVolumeMl = 5000;

    /// <summary>Checks a drink and, when valid, writes it onto <paramref name="drink"/>.</summary>
    public static ValidationErrors Apply(DrinkInput input, Drink drink, DiaryCalendar calendar, Instant now)
    {
        var errors = new ValidationErrors();
        var placed = EpisodeRules.PlaceStart(input.AtLocal, "atLocal", calendar, now, errors);
        if (input.VolumeMl is not { } volume || double.IsNaN(volume) || volume < MinVolumeMl || volume > MaxVolumeMl)
        {
            errors.Add("volumeMl", LimitMessages.Between(MinVolumeMl, MaxVolumeMl, "ml"));
        }
        Beverage beverage = default;
        if (!Codes.TryParse(input.Beverage, out beverage))
        {
            errors.Add("beverage", "Must be " + Codes.Expected<Beverage>() + ".");
        }
        if (!errors.IsEmpty || placed is null)
        {
            return errors;
        }
        drink.AtLocal = placed.AsEntered;
        drink.At = placed.Instant;
        drink.DiaryDay = placed.DiaryDay;
        drink.VolumeMl = input.VolumeMl!.Value;
        drink.Beverage = beverage;
        return errors;
    }

    /// <summary>The goal or limit that applies to <paramref name="day"/> for this profile, and its total.</summary>
    public static HydrationDay Judge(Profile profile, LocalDate day, double drinksMl, FoodWater? foodWater = null)
    {
        var fromFood = foodWater ?? FoodWater.None;
        if (profile.FluidLimitMl is { } limit)
        {
            return new HydrationDay(day, drinksMl, null, limit, GoalSource.ClinicianLimit, "Fluid limit set by your clinician", fromFood);
        }
        var target = profile.BirthDate is { } born && profile.Sex is { } sex ? WaterIntake.For(born, day, sex, profile.LifeStage) : null;
        if (profile.DrinksGoalMl is { } personal)
        {
            return new HydrationDay(day, drinksMl, personal, null, GoalSource.Personal, "Your own goal", fromFood, target?.TotalMl);
        }
        if (target is not null)
        {
            return new HydrationDay(day, drinksMl, target.DrinksMl, null, GoalSource.AdequateIntake,
                $"Drinks part of the Adequate Intake for water, {target.Group} (source: {WaterTarget.Source})", fromFood, target.TotalMl);
        }
        return new HydrationDay(day, drinksMl, null, null, GoalSource.None, null, fromFood);
    }

    /// <summary>The one-tap sizes, rounded to what a person would pour in their units.</summary>
    public static IReadOnlyList<QuickAddSize> QuickAddSizes(DisplayUnits units) => units == DisplayUnits.Us
        ?
        [
            new("glass", Volume.FromFluidOunces(8), "Glass 8 fl oz"),
            new("mug", Volume.FromFluidOunces(12), "Mug 12 fl oz"),
            new("bottle", Volume.FromFluidOunces(16.9), "Bottle 16.9 fl oz"),
        ]
        :
        [
            new("glass", 250, "Glass 250 ml"),
            new("mug", 300, "Mug 300 ml"),
            new("bottle", 500, "Bottle 500 ml"),
        ];
}

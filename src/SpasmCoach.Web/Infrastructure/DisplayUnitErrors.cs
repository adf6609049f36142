using SpasmCoach.Core.CheckIns;
using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Units;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// The rules check metric values (the API's fields) and give their limits in metric. A form in US units shows those
/// limits in the units the person typed: "Must be from 44.1 to 881.8 lb", not "from 20 to 400 kg" under a box in lb.
/// </summary>
public static class DisplayUnitErrors
{
    // Each limit rounded inwards to 0.1, so a number inside the limits shown is always accepted.
    private static readonly Dictionary<string, string> UsMessages = new()
    {
        [LimitMessages.Between(ProfileRules.MinWeightKg, ProfileRules.MaxWeightKg, "kg")] =
            LimitMessages.Between(Up(Mass.ToDisplay(ProfileRules.MinWeightKg, DisplayUnits.Us)), Down(Mass.ToDisplay(ProfileRules.MaxWeightKg, DisplayUnits.Us)), "lb"),
        [LimitMessages.Between(ProfileRules.MinFluidLimitMl, ProfileRules.MaxFluidLimitMl, "ml")] =
            LimitMessages.Between(Up(Volume.ToFluidOunces(ProfileRules.MinFluidLimitMl)), Down(Volume.ToFluidOunces(ProfileRules.MaxFluidLimitMl)), "fl oz"),
        [LimitMessages.Between(ProfileRules.MinDrinksGoalMl, ProfileRules.MaxDrinksGoalMl, "ml")] =
            LimitMessages.Between(Up(Volume.ToFluidOunces(ProfileRules.MinDrinksGoalMl)), Down(Volume.ToFluidOunces(ProfileRules.MaxDrinksGoalMl)), "fl oz"),
        [LimitMessages.Between(HydrationRules.MinVolumeMl, HydrationRules.MaxVolumeMl, "ml")] =
            LimitMessages.Between(Up(Volume.ToFluidOunces(HydrationRules.MinVolumeMl)), Down(Volume.ToFluidOunces(HydrationRules.MaxVolumeMl)), "fl oz"),
        [LimitMessages.AboveZeroUpTo(FoodEntryRules.MaxGrams, "g")] =
            LimitMessages.AboveZeroUpTo(Down(FoodEntryRules.MaxGrams / Mass.GramsPerOunce), "oz"),
        // Water of an own food's serving, typed in fl oz (1 g of water is 1 ml).
        [LimitMessages.PerServing(FoodEntryRules.MaxGrams, "g")] =
            LimitMessages.PerServing(Down(Volume.ToFluidOunces(FoodEntryRules.MaxGrams)), "fl oz"),
        [LimitMessages.Between(0, CheckInRules.MaxAlcoholUnits, "units")] =
            LimitMessages.Between(0, Down(Alcohol.ToDisplay(CheckInRules.MaxAlcoholUnits, DisplayUnits.Us)), "standard drinks"),
    };

    /// <summary>The errors as a form in <paramref name="units"/> should show them.</summary>
    public static ValidationErrors? InDisplayUnits(this ValidationErrors? errors, DisplayUnits units)
    {
        if (errors is null || units != DisplayUnits.Us)
        {
            return errors;
        }
        var shown = new ValidationErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                shown.Add(field, UsMessages.GetValueOrDefault(message, message));
            }
        }
        return shown;
    }

    private static double Up(double value) => Math.Ceiling(value * 10) / 10;

    private static double Down(double value) => Math.Floor(value * 10) / 10;
}

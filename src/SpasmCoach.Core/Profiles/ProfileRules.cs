using NodaTime;
using SpasmCoach.Core.Targets;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Units;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Core.Profiles;

/// <summary>A profile as sent by a client: text and numbers, not yet checked.</summary>
public sealed record ProfileInput(
    string? TimeZone,
    string? Units,
    string? BirthDate,
    string? Sex,
    string? LifeStage,
    string? DayStartsAt,
    double? WeightKg,
    double? FluidLimitMl,
    double? DrinksGoalMl,
    IReadOnlyList<string>? Avoid = null,
    bool? KidneyDisease = null,
    bool? PotassiumRaisingMedicine = null);

/// <summary>The limits of a profile and the check that applies them.</summary>
public static class ProfileRules
{
    public const double MinWeightKg = 20;
    public const double MaxWeightKg = 400;
    public const double MinFluidLimitMl = 500;
    public const double MaxFluidLimitMl = 5000;
    public const double MinDrinksGoalMl = 250;
    public const double MaxDrinksGoalMl = 6000;
    public static readonly LocalDate EarliestBirthDate = new(1900, 1, 1);

    public static bool IsKnownTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim()) is not null;

    /// <summary>Checks <paramref name="input"/> and, when valid, copies it onto <paramref name="profile"/>.</summary>
    public static ValidationErrors Apply(ProfileInput input, Profile profile, LocalDate today)
    {
        var errors = new ValidationErrors();
        var zone = input.TimeZone?.Trim();
        if (!IsKnownTimeZone(zone))
        {
            errors.Add("timeZone", "Must be an IANA time-zone id such as Europe/London or America/New_York.");
        }

        var units = DisplayUnits.Metric;
        if (input.Units is not null && !Codes.TryParse(input.Units, out units))
        {
            errors.Add("units", "Must be " + Codes.Expected<DisplayUnits>() + ".");
        }

        LocalDate? birthDate = null;
        if (!string.IsNullOrWhiteSpace(input.BirthDate))
        {
            // One message for any date out of range: the diary's own date limits (from 1900 to 2999) read as a
            // contradiction next to "between 1900-01-01 and today".
            birthDate = DiaryDayRange.ParseDate(input.BirthDate, "birthDate", new ValidationErrors());
            var readable = birthDate is not null || NodaTime.Text.LocalDatePattern.Iso.Parse(input.BirthDate.Trim()).Success;
            if (!readable)
            {
                errors.Add("birthDate", "Must be a date written YYYY-MM-DD.");
            }
            else if (birthDate is not { } b || b > today || b < EarliestBirthDate)
            {
                birthDate = null;
                errors.Add("birthDate", $"Must be between {EarliestBirthDate:yyyy-MM-dd} and today.");
            }
        }

        Sex? sex = null;
        if (!string.IsNullOrWhiteSpace(input.Sex))
        {
            if (Codes.TryParse<Sex>(input.Sex, out var s))
            {
                sex = s;
            }
            else
            {
                errors.Add("sex", "Must be " + Codes.Expected<Sex>() + ".");
            }
        }

        var lifeStage = Targets.LifeStage.None;
        if (!string.IsNullOrWhiteSpace(input.LifeStage) && !Codes.TryParse(input.LifeStage, out lifeStage))
        {
            errors.Add("lifeStage", "Must be " + Codes.Expected<LifeStage>() + ".");
        }
        else if (lifeStage != Targets.LifeStage.None && sex != Targets.Sex.Female)
        {
            errors.Add("lifeStage", "Pregnant or breastfeeding needs the sex set to female.");
        }
        else if (lifeStage != Targets.LifeStage.None && birthDate is { } born && Age.YearsOn(born, today) < LifeStages.FromYears)
        {
            errors.Add("lifeStage", $"Pregnant or breastfeeding applies from age {LifeStages.FromYears} in the intake tables.");
        }
        else if (lifeStage != Targets.LifeStage.None && birthDate is { } bornBefore && Age.YearsOn(bornBefore, today) > LifeStages.ToYears)
        {
            errors.Add("lifeStage", $"Pregnant or breastfeeding applies up to age {LifeStages.ToYears} in the intake tables.");
        }

        var dayStartsAt = DiaryDayRule.DefaultStart;
        if (!string.IsNullOrWhiteSpace(input.DayStartsAt))
        {
            var parsed = LocalTimeText.ParseHourMinute(input.DayStartsAt);
            if (parsed is null || parsed > DiaryDayRule.LatestStart)
            {
                errors.Add("dayStartsAt", "Must be a time from 00:00 to 12:00, such as 04:00.");
            }
            else
            {
                dayStartsAt = parsed.Value;
            }
        }

        var avoid = new List<Nutrition.FoodAvoidance>();
        foreach (var code in input.Avoid ?? [])
        {
            if (Codes.TryParse<Nutrition.FoodAvoidance>(code, out var a))
            {
                if (!avoid.Contains(a))
                {
                    avoid.Add(a);
                }
            }
            else
            {
                errors.Add("avoid", "Each must be " + Codes.Expected<Nutrition.FoodAvoidance>() + ".");
            }
        }

        CheckRange(errors, "weightKg", input.WeightKg, MinWeightKg, MaxWeightKg, "kg");
        CheckRange(errors, "fluidLimitMl", input.FluidLimitMl, MinFluidLimitMl, MaxFluidLimitMl, "ml");
        CheckRange(errors, "drinksGoalMl", input.DrinksGoalMl, MinDrinksGoalMl, MaxDrinksGoalMl, "ml");

        if (errors.IsEmpty)
        {
            profile.TimeZoneId = zone!;
            profile.Units = units;
            profile.BirthDate = birthDate;
            profile.Sex = sex;
            profile.LifeStage = lifeStage;
            profile.DayStartsAt = dayStartsAt;
            profile.WeightKg = input.WeightKg;
            profile.FluidLimitMl = input.FluidLimitMl;
            profile.DrinksGoalMl = input.DrinksGoalMl;
            profile.Avoid = avoid;
            profile.KidneyDisease = input.KidneyDisease ?? false;
            profile.PotassiumRaisingMedicine = input.PotassiumRaisingMedicine ?? false;
        }
        return errors;
    }

    internal static void CheckRange(ValidationErrors errors, string field, double? value, double min, double max, string unit)
    {
        if (value is { } v && (double.IsNaN(v) || v < min || v > max))
        {
            errors.Add(field, LimitMessages.Between(min, max, unit));
        }
    }
}

using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Features.Profiles;

/// <summary>The profile on the wire. <c>fluidLimitMl</c> null means no clinician limit.</summary>
public sealed record ProfileRequest(
    string? TimeZone,
    string? Units,
    string? BirthDate,
    string? Sex,
    string? LifeStage,
    string? DayStartsAt,
    double? WeightKg,
    double? FluidLimitMl,
    double? DrinksGoalMl,
    string[]? Avoid = null,
    bool? KidneyDisease = null,
    bool? PotassiumRaisingMedicine = null)
{
    public ProfileInput ToInput() => new(TimeZone, Units, BirthDate, Sex, LifeStage, DayStartsAt, WeightKg, FluidLimitMl, DrinksGoalMl,
        Avoid, KidneyDisease, PotassiumRaisingMedicine);
}

public sealed record ProfileResponse(
    string TimeZone,
    string Units,
    DateOnly? BirthDate,
    string? Sex,
    string LifeStage,
    string DayStartsAt,
    double? WeightKg,
    double? FluidLimitMl,
    double? DrinksGoalMl,
    string[] Avoid,
    bool KidneyDisease,
    bool PotassiumRaisingMedicine);

public static class ProfileMapping
{
    public static ProfileResponse ToResponse(this Profile p) => new(
        p.TimeZoneId,
        Codes.Of(p.Units),
        p.BirthDate?.ToDateOnly(),
        p.Sex is { } sex ? Codes.Of(sex) : null,
        Codes.Of(p.LifeStage),
        LocalTimeText.FormatHourMinute(p.DayStartsAt),
        p.WeightKg,
        p.FluidLimitMl,
        p.DrinksGoalMl,
        [.. p.Avoid.Select(Codes.Of)],
        p.KidneyDisease,
        p.PotassiumRaisingMedicine);
}

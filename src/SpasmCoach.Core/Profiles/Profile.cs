using NodaTime;
using SpasmCoach.Core.Targets;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Units;

namespace SpasmCoach.Core.Profiles;

/// <summary>What a person tells SpasmCoach about themselves; it sets their calendar, units and targets.</summary>
public sealed class Profile
{
    public const string DefaultTimeZone = "UTC";

    public required string UserId { get; init; }

    /// <summary>IANA time-zone id, e.g. "Europe/Berlin".</summary>
    public string TimeZoneId { get; set; } = DefaultTimeZone;

    public DisplayUnits Units { get; set; } = DisplayUnits.Metric;

    public LocalDate? BirthDate { get; set; }

    public Sex? Sex { get; set; }

    public LifeStage LifeStage { get; set; } = LifeStage.None;

    public LocalTime DayStartsAt { get; set; } = DiaryDayRule.DefaultStart;

    public double? WeightKg { get; set; }

    /// <summary>A daily fluid ceiling set by the person's clinician; when present it replaces the goal.</summary>
    public double? FluidLimitMl { get; set; }

    /// <summary>The person's own drinks goal, replacing the one from the intake table.</summary>
    public double? DrinksGoalMl { get; set; }

    /// <summary>Foods the person avoids; suggestions leave them out.</summary>
    public List<Nutrition.FoodAvoidance> Avoid { get; set; } = [];

    /// <summary>The person says they have kidney disease (potassium and magnesium supplements are then a risk).</summary>
    public bool KidneyDisease { get; set; }

    /// <summary>The person takes a medicine that raises potassium (ACE inhibitor, ARB, potassium-sparing diuretic).</summary>
    public bool PotassiumRaisingMedicine { get; set; }

    public DiaryCalendar Calendar() =>
        new(NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId) ?? DateTimeZone.Utc, new DiaryDayRule(DayStartsAt));

    public static Profile DefaultFor(string userId) => new() { UserId = userId };
}

using NodaTime;

namespace SpasmCoach.Core.CheckIns;

public enum ExerciseIntensity
{
    None,
    Light,
    Moderate,
    Vigorous,
}

/// <summary>The one-minute daily check-in for a diary day: the exposures that may go with cramps.</summary>
public sealed class CheckIn
{
    public required string UserId { get; init; }

    public LocalDate Date { get; init; }

    public double? SittingHours { get; set; }

    public int? LongestSittingMinutes { get; set; }

    public int? ExerciseMinutes { get; set; }

    public ExerciseIntensity? ExerciseIntensity { get; set; }

    /// <summary>UK alcohol units (10 ml of pure alcohol each).</summary>
    public double? AlcoholUnits { get; set; }

    public int? CaffeinatedDrinks { get; set; }

    public double? SleepHours { get; set; }

    /// <summary>Knee pain, 0 to 10.</summary>
    public int? KneePain { get; set; }

    public bool? KneeSwelling { get; set; }

    public double? WeightKg { get; set; }

    public string? Notes { get; set; }

    public Instant UpdatedAt { get; set; }
}

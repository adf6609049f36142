using NodaTime;

namespace SpasmCoach.Core.Episodes;

public enum Muscle
{
    Calf,
    Hamstrings,
    Quadriceps,
    Shin,
    Foot,
    Other,
}

public enum Side
{
    Left,
    Right,
    Both,
}

/// <summary>What the person was doing when the cramp started.</summary>
public enum Activity
{
    AsleepOrLying,
    Sitting,
    Standing,
    Walking,
    Exercising,
}

/// <summary>What a person tried to ease a cramp.</summary>
public enum ReliefMethod
{
    Stretch,
    Massage,
    Walking,
    Heat,
    Cold,
    Medication,
    Nothing,
}

/// <summary>One cramp or spasm episode in a person's diary.</summary>
public sealed class Episode : IOwnedRecord
{
    public Guid Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>When it started, as the person gave it, in their zone at the time.</summary>
    public LocalDateTime StartedAtLocal { get; set; }

    /// <summary>When it started on the global timeline (see <see cref="Time.LocalTimePolicy"/>).</summary>
    public Instant StartedAt { get; set; }

    public LocalDate DiaryDay { get; set; }

    /// <summary>How long it lasted; null while it is still going on or not yet recorded.</summary>
    public int? DurationSeconds { get; set; }

    public Muscle Muscle { get; set; }

    public Side Side { get; set; }

    /// <summary>0 (no pain) to 10 (worst imaginable); null until recorded.</summary>
    public int? Severity { get; set; }

    public Activity? Activity { get; set; }

    /// <summary>Every method tried, stored as a set.</summary>
    public List<ReliefMethod> ReliefTried { get; set; } = [];

    /// <summary>The one method that helped, if any; it is always among <see cref="ReliefTried"/>.</summary>
    public ReliefMethod? HelpedBy { get; set; }

    public int? TimeToReliefSeconds { get; set; }

    /// <summary>Soreness afterwards, 0 to 10.</summary>
    public int? SorenessAfter { get; set; }

    public string? Notes { get; set; }

    public Instant CreatedAt { get; init; }

    public Instant UpdatedAt { get; set; }

    /// <summary>True while the person has not yet said how long it lasted.</summary>
    public bool IsOngoing => DurationSeconds is null;
}

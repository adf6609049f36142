using NodaTime;

namespace SpasmCoach.Core.Time;

/// <summary>A moment placed on a user's diary: what they said, when it was, and the day it counts toward.</summary>
/// <param name="AsEntered">The local date-time as the user gave it (it may be a skipped time).</param>
/// <param name="Instant">The instant it resolves to under <see cref="LocalTimePolicy"/>.</param>
/// <param name="DiaryDay">The diary day it counts toward under the user's <see cref="DiaryDayRule"/>.</param>
/// <param name="Mapping">Whether the local time was unique, skipped or repeated in the user's zone.</param>
public sealed record PlacedTime(LocalDateTime AsEntered, Instant Instant, LocalDate DiaryDay, LocalTimeMapping Mapping);

/// <summary>
/// A user's diary calendar: their IANA time zone plus the hour their diary day starts.
/// </summary>
/// <remarks>Immutable and thread-safe. It never reads a clock: callers pass "now" as an <see cref="Instant"/>.</remarks>
public sealed class DiaryCalendar
{
    /// <summary>Creates a calendar for <paramref name="zone"/> with days that follow <paramref name="rule"/>.</summary>
    public DiaryCalendar(DateTimeZone zone, DiaryDayRule rule)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(rule);
        Zone = zone;
        Rule = rule;
    }

    /// <summary>The user's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The user's diary-day rule.</summary>
    public DiaryDayRule Rule { get; }

    /// <summary>Places a local date-time the user typed, resolving daylight-saving gaps and overlaps by <see cref="LocalTimePolicy"/>.</summary>
    public PlacedTime Place(LocalDateTime asEntered)
    {
        var zoned = LocalTimePolicy.Resolve(asEntered, Zone);
        return new PlacedTime(asEntered, zoned.ToInstant(), Rule.DiaryDayOf(zoned.LocalDateTime), LocalTimePolicy.MappingOf(asEntered, Zone));
    }

    /// <summary>Places an instant the system recorded (for example "now").</summary>
    public PlacedTime Place(Instant instant)
    {
        var local = instant.InZone(Zone).LocalDateTime;
        return new PlacedTime(local, instant, Rule.DiaryDayOf(local), LocalTimeMapping.Unique);
    }

    /// <summary>The local wall-clock time at <paramref name="instant"/>, to the second.</summary>
    public LocalDateTime LocalAt(Instant instant) =>
        instant.InZone(Zone).LocalDateTime.With(TimeAdjusters.TruncateToSecond);

    /// <summary>The diary day that contains <paramref name="now"/>.</summary>
    public LocalDate Today(Instant now) => Rule.DiaryDayOf(now.InZone(Zone).LocalDateTime);
}

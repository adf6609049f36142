using NodaTime;

namespace SpasmCoach.Core.Time;

/// <summary>
/// Decides which diary day a wall-clock time counts toward.
/// </summary>
/// <remarks>
/// <para>
/// A diary day is a <see cref="LocalDate"/> in the user's time zone that starts at <see cref="DayStartsAt"/>
/// local time (04:00 by default) and ends just before the same time on the next calendar date. A cramp at
/// 02:30 therefore counts toward the evening before: the day whose fluids, food and exercise may have caused it.
/// </para>
/// <para>
/// The rule looks at the wall clock only: a time of day earlier than <see cref="DayStartsAt"/> belongs to the
/// previous calendar date. Daylight-saving changes do not move the boundary, so a diary day is 23 or 25 hours
/// long on the nights the clocks change. The wall clock used is the one after <see cref="LocalTimePolicy"/>
/// has resolved skipped and repeated times, so the diary day is a function of the instant and the zone.
/// </para>
/// <para>The boundary may be set from 00:00 to 12:00; later starts would make "today" mean yesterday's afternoon.</para>
/// </remarks>
public sealed record DiaryDayRule
{
    /// <summary>The default start of a diary day: 04:00 local time.</summary>
    public static readonly LocalTime DefaultStart = new(4, 0);

    /// <summary>The latest start a user may choose.</summary>
    public static readonly LocalTime LatestStart = new(12, 0);

    /// <summary>The rule with the default 04:00 start.</summary>
    public static readonly DiaryDayRule Default = new(DefaultStart);

    /// <summary>Creates a rule whose days start at <paramref name="dayStartsAt"/> (00:00 to 12:00).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The start is after 12:00.</exception>
    public DiaryDayRule(LocalTime dayStartsAt)
    {
        if (dayStartsAt > LatestStart)
        {
            throw new ArgumentOutOfRangeException(nameof(dayStartsAt), dayStartsAt, "A diary day must start between 00:00 and 12:00.");
        }
        DayStartsAt = dayStartsAt;
    }

    /// <summary>The local time at which each diary day starts.</summary>
    public LocalTime DayStartsAt { get; }

    /// <summary>The diary day that the wall-clock time <paramref name="wallClock"/> counts toward.</summary>
    public LocalDate DiaryDayOf(LocalDateTime wallClock) =>
        wallClock.TimeOfDay < DayStartsAt ? wallClock.Date.PlusDays(-1) : wallClock.Date;
}

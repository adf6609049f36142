using NodaTime;
using NodaTime.Text;

namespace SpasmCoach.Core.Time;

/// <summary>The text forms of local times on the wire and in forms.</summary>
public static class LocalTimeText
{
    private static readonly LocalDateTimePattern Seconds = LocalDateTimePattern.ExtendedIso;
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern Output = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly LocalDatePattern DayInYear = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM");
    private static readonly LocalDatePattern DayWithYear = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM uuuu");
    private static readonly LocalDatePattern ShortDay = LocalDatePattern.CreateWithInvariantCulture("ddd d MMM");

    /// <summary>Parses an ISO-8601 local date-time without offset, with or without seconds (<c>2026-11-24T02:30</c>).</summary>
    public static LocalDateTime? ParseLocalDateTime(string? text)
    {
        text = text?.Trim() ?? "";
        var result = Seconds.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }
        result = Minutes.Parse(text);
        return result.Success ? result.Value : null;
    }

    /// <summary>Formats a local date-time to the minute, <c>uuuu-MM-ddTHH:mm</c>: the value of a datetime-local box.</summary>
    public static string FormatMinutes(LocalDateTime value) => Minutes.Format(value);

    /// <summary>Formats a local date-time as <c>uuuu-MM-ddTHH:mm:ss</c>.</summary>
    public static string Format(LocalDateTime value) => Output.Format(value);

    /// <summary>Parses <c>HH:mm</c>.</summary>
    public static LocalTime? ParseHourMinute(string? text)
    {
        var result = HourMinute.Parse(text?.Trim() ?? "");
        return result.Success ? result.Value : null;
    }

    /// <summary>Formats <c>HH:mm</c>.</summary>
    public static string FormatHourMinute(LocalTime value) => HourMinute.Format(value);

    /// <summary>Formats a date as <c>YYYY-MM-DD</c>.</summary>
    public static string Format(LocalDate value) => LocalDatePattern.Iso.Format(value);

    /// <summary>
    /// An entry's time in a list of one diary day's entries: "02:30", with its date when that is not the diary day's
    /// ("02:30 (Sun 6 Dec)"). A diary day runs past midnight to its day-start hour, and "02:30" alone on 5 December's
    /// page read as 02:30 on the 5th. No year: an entry is at most a day from its diary day.
    /// </summary>
    public static string FormatInDay(LocalDateTime at, LocalDate diaryDay) =>
        at.Date == diaryDay ? HourMinute.Format(at.TimeOfDay) : $"{HourMinute.Format(at.TimeOfDay)} ({ShortDay.Format(at.Date)})";

    /// <summary><see cref="FormatInDay"/> in words for a screen reader: "02:30 on Sunday 6 December".</summary>
    public static string SpeakInDay(LocalDateTime at, LocalDate diaryDay) =>
        at.Date == diaryDay ? HourMinute.Format(at.TimeOfDay) : $"{HourMinute.Format(at.TimeOfDay)} on {DayInYear.Format(at.Date)}";

    /// <summary>A day as a heading reads it: "Thursday 19 November", with the year when it is not this year's.</summary>
    public static string FormatDay(LocalDate date, LocalDate today) => (date.Year == today.Year ? DayInYear : DayWithYear).Format(date);
}

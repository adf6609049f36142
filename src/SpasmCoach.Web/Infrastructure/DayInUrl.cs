using NodaTime;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>The diary day a page's address names (<c>/drinks/2026-11-19</c>), as the page shows it.</summary>
public static class DayInUrl
{
    /// <summary>
    /// Today when the address names no day or not a date; today for a day that has not started; the diary's first day
    /// (<see cref="EpisodeRules.EarliestDay"/>) for a day before it, since no form takes anything older.
    /// </summary>
    public static LocalDate Shown(string? text, LocalDate today)
    {
        var date = text is null ? today : DiaryDayRange.ParseDate(text, "date", new ValidationErrors()) ?? today;
        return date > today ? today : date < EpisodeRules.EarliestDay ? EpisodeRules.EarliestDay : date;
    }

    /// <summary>
    /// The time a form for <paramref name="day"/> proposes, as its datetime-local box shows it: now on today, noon on an
    /// earlier day (a form opened from a past day's page is about that day).
    /// </summary>
    public static string ProposedTime(LocalDate day, DiaryCalendar calendar, Instant now) =>
        LocalTimeText.FormatMinutes(day == calendar.Today(now) ? calendar.LocalAt(now) : day.At(new LocalTime(12, 0)));
}

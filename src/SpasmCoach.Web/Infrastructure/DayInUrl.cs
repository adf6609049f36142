using NodaTime;
using NodaTime.Text;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>The diary day a page's address names (<c>/drinks/2026-11-19</c>), as the page shows it.</summary>
public static class DayInUrl
{
    /// <summary>
    /// Today when the address names no day; today for a day that has not started; the diary's first day
    /// (<see cref="EpisodeRules.EarliestDay"/>) for a day before it, since no form takes anything older. Null when the
    /// text is no date at all ("2026-02-30", "abc"): the page answers not found rather than quietly showing today.
    /// </summary>
    public static LocalDate? Shown(string? text, LocalDate today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return today;
        }
        // Any real date, not only DiaryDayRange's 1900 to 2999: a day outside the diary is brought into it, not refused.
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success)
        {
            return null;
        }
        var date = parsed.Value;
        return date > today ? today : date < EpisodeRules.EarliestDay ? EpisodeRules.EarliestDay : date;
    }

    /// <summary>
    /// The time a form for <paramref name="day"/> proposes, as its datetime-local box shows it: now on today, noon on an
    /// earlier day (a form opened from a past day's page is about that day).
    /// </summary>
    public static string ProposedTime(LocalDate day, DiaryCalendar calendar, Instant now) =>
        LocalTimeText.FormatMinutes(day == calendar.Today(now) ? calendar.LocalAt(now) : day.At(new LocalTime(12, 0)));
}

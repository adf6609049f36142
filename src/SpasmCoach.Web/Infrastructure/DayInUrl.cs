using NodaTime;
using NodaTime.Text;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>The diary day a page's address names (<c>/drinks/2026-11-19</c>), as the page shows it.</summary>
public static class DayInUrl
{
    /// <summary>
    /// Today when the address names no day. Null, so the page answers not found as for a text that is no date at all
    /// ("2026-02-30", "abc"), for a day no entry can be on: before the diary's first day
    /// (<see cref="EpisodeRules.EarliestDay"/>) or after <paramref name="latest"/> (default today). Such days were once
    /// shown as today or as the first day under their own address, and "Previous day" from there led back to the same page.
    /// </summary>
    /// <param name="latest">A page listing entries passes <see cref="LatestEntryDay"/>: an entry may be saved a few minutes ahead.</param>
    public static LocalDate? Shown(string? text, LocalDate today, LocalDate? latest = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return today;
        }
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success)
        {
            return null;
        }
        var date = parsed.Value;
        return date < EpisodeRules.EarliestDay || date > (latest ?? today) ? null : date;
    }

    /// <summary>
    /// The last diary day an entry can be on: entries may start up to <see cref="EpisodeRules.FutureTolerance"/> ahead,
    /// which just before the day-start hour is tomorrow; the page saving one goes on to that day's page.
    /// </summary>
    public static LocalDate LatestEntryDay(DiaryCalendar calendar, Instant now) => calendar.Today(now + EpisodeRules.FutureTolerance);

    /// <summary>
    /// The time a form for <paramref name="day"/> proposes, as its datetime-local box shows it: now on today (and on the
    /// day after it, shown only minutes before it starts: noon there is refused as ahead), noon on an earlier day (a form opened from a past day's page is about that day).
    /// </summary>
    public static string ProposedTime(LocalDate day, DiaryCalendar calendar, Instant now) =>
        LocalTimeText.FormatMinutes(day >= calendar.Today(now) ? calendar.LocalAt(now) : day.At(new LocalTime(12, 0)));
}

using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;
using SpasmCoach.Web.Features.Episodes;
using SpasmCoach.Web.Features.Hydration;

namespace SpasmCoach.Web.Features.Diary;

/// <summary>One diary day in the history: cramps beside drinks.</summary>
public sealed record HistoryDay(DateOnly Date, int Cramps, double? MeanSeverity, int? MaxSeverity, double DrinksMl, double? GoalMl, double? LimitMl);

/// <summary>A period of the history: its days, and the mean severity of all its cramps (not a mean of daily means).</summary>
public sealed record History(List<HistoryDay> Days, double? MeanSeverity);

/// <summary>Views across features for the diary and history pages.</summary>
public sealed class DiaryService(EpisodeService episodes, DrinkService drinks)
{
    public async Task<History> HistoryAsync(string ownerId, DiaryDayRange range, CancellationToken ct = default)
    {
        var list = await episodes.ListAsync(ownerId, range, ct);
        var byDay = list.ToLookup(e => e.DiaryDay);
        var rated = list.Where(e => e.Severity is not null).ToList();
        var hydration = await drinks.DaysAsync(ownerId, range, ct);
        return new History(hydration.ConvertAll(day =>
        {
            var cramps = byDay[day.Date].ToList();
            var severities = cramps.Where(e => e.Severity is not null).Select(e => e.Severity!.Value).ToList();
            return new HistoryDay(
                day.Date.ToDateOnly(),
                cramps.Count,
                severities.Count > 0 ? Math.Round(severities.Average(), 1) : null,
                severities.Count > 0 ? severities.Max() : null,
                Math.Round(day.DrinksMl),
                day.GoalMl,
                day.LimitMl);
        }), rated.Count > 0 ? rated.Average(e => e.Severity!.Value) : null);
    }
}

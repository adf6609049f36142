using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;
using SpasmCoach.Web.Features.Episodes;
using SpasmCoach.Web.Features.Hydration;

namespace SpasmCoach.Web.Features.Diary;

/// <summary>One diary day in the history: cramps beside drinks.</summary>
public sealed record HistoryDay(DateOnly Date, int Cramps, double? MeanSeverity, int? MaxSeverity, double DrinksMl, double? GoalMl, double? LimitMl);

/// <summary>Views across features for the diary and history pages.</summary>
public sealed class DiaryService(EpisodeService episodes, DrinkService drinks)
{
    public async Task<List<HistoryDay>> HistoryAsync(string ownerId, DiaryDayRange range, CancellationToken ct = default)
    {
        var byDay = (await episodes.ListAsync(ownerId, range, ct)).ToLookup(e => e.DiaryDay);
        var hydration = await drinks.DaysAsync(ownerId, range, ct);
        return hydration.ConvertAll(day =>
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
        });
    }
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SpasmCoach.Core.Episodes;

namespace SpasmCoach.Persistence.Reading;

/// <summary>The range read as a compiled EF query over a pooled context: right for PostgreSQL.</summary>
public sealed class EfEpisodeReader(IDbContextFactory<SpasmCoachDbContext> contexts) : IEpisodeReader
{
    // Per instance, not static: a compiled query belongs to one model, and a test process holds both providers' models.
    private readonly Func<SpasmCoachDbContext, string, LocalDate, LocalDate, IAsyncEnumerable<Episode>> _inRange =
        EF.CompileAsyncQuery((SpasmCoachDbContext db, string owner, LocalDate from, LocalDate to) =>
            db.Episodes.AsNoTracking()
                .Where(e => e.UserId == owner && e.DiaryDay >= from && e.DiaryDay <= to)
                .OrderBy(e => e.StartedAt).AsQueryable());

    public async Task<List<Episode>> InRangeAsync(string ownerId, LocalDate from, LocalDate to, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var episodes = new List<Episode>();
        await foreach (var episode in _inRange(db, ownerId, from, to).WithCancellation(cancellationToken))
        {
            episodes.Add(episode);
        }
        return episodes;
    }
}

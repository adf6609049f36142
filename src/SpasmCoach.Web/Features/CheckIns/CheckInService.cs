using Microsoft.EntityFrameworkCore;
using NodaTime;
using SpasmCoach.Core.CheckIns;
using SpasmCoach.Core.Time;
using SpasmCoach.Persistence;
using SpasmCoach.Persistence.Writing;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.CheckIns;

public sealed class CheckInService(IDbContextFactory<SpasmCoachDbContext> contexts, IDiaryWriter writer, ProfileService profiles, IClock clock)
{
    public async Task<List<CheckIn>> ListAsync(string ownerId, DiaryDayRange range, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CheckIns.AsNoTracking()
            .Where(c => c.UserId == ownerId && c.Date >= range.From && c.Date <= range.To)
            .OrderBy(c => c.Date).ToListAsync(ct);
    }

    public async Task<CheckIn?> GetAsync(string ownerId, LocalDate date, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CheckIns.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == ownerId && c.Date == date, ct);
    }

    /// <summary>
    /// Creates or replaces the check-in for <paramref name="date"/>. A check-in with no answers is a mistake
    /// (<see cref="CheckInRules.WholeCheckIn"/>), unless <paramref name="noAnswersRemoves"/>: then it replaces a stored
    /// one with nothing, which deletes it. Emptying every box is how the page clears a day (it has no delete button, and
    /// shows an Undo); the API has DELETE for that, so a client that sends a cleared form cannot wipe a day by accident.
    /// </summary>
    public async Task<Outcome<CheckIn>> SaveAsync(string ownerId, LocalDate date, CheckInInput input, CancellationToken ct = default, bool noAnswersRemoves = false)
    {
        var today = await profiles.TodayAsync(ownerId, ct);
        var now = clock.GetCurrentInstant();
        var errors = CheckInRules.Apply(input, new CheckIn { UserId = ownerId, Date = date }, date, today, now);
        if (noAnswersRemoves && CheckInRules.AnswersNothing(input) && !errors.Has("date") && await DeleteAsync(ownerId, date, ct))
        {
            return new Outcome<CheckIn>(OutcomeKind.Deleted);
        }
        if (!errors.IsEmpty)
        {
            return Outcome<CheckIn>.Invalid(errors);
        }
        return await writer.WriteAsync(async (db, token) =>
        {
            var checkIn = await db.CheckIns.FirstOrDefaultAsync(c => c.UserId == ownerId && c.Date == date, token);
            var kind = OutcomeKind.Updated;
            if (checkIn is null)
            {
                checkIn = new CheckIn { UserId = ownerId, Date = date };
                db.CheckIns.Add(checkIn);
                kind = OutcomeKind.Created;
            }
            CheckInRules.Apply(input, checkIn, date, today, now);
            return new Outcome<CheckIn>(kind, checkIn);
        }, ct);
    }

    /// <summary>Removes the owner's check-in for <paramref name="date"/>; false when there is none.</summary>
    public async Task<bool> DeleteAsync(string ownerId, LocalDate date, CancellationToken ct = default) =>
        await writer.WriteAsync(async (db, token) =>
            await db.CheckIns.Where(c => c.UserId == ownerId && c.Date == date).ExecuteDeleteAsync(token) > 0, ct);
}

using Microsoft.EntityFrameworkCore;
using NodaTime;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;
using SpasmCoach.Persistence;
using SpasmCoach.Persistence.Reading;
using SpasmCoach.Persistence.Writing;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Episodes;

/// <summary>The cramp diary: one home for its rules, used by the API and the pages alike.</summary>
public sealed class EpisodeService(
    IDbContextFactory<SpasmCoachDbContext> contexts, IEpisodeReader reader, IDiaryWriter writer, IEpisodeInserter inserter, ProfileService profiles,
    IClock clock)
{
    /// <summary>The owner's episodes whose diary day is in <paramref name="range"/>, oldest start first.</summary>
    public Task<List<Episode>> ListAsync(string ownerId, DiaryDayRange range, CancellationToken ct = default) =>
        reader.InRangeAsync(ownerId, range.From, range.To, ct);

    public async Task<Episode?> GetAsync(string ownerId, Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Episodes.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.UserId == ownerId, ct);
    }

    /// <summary>The most recent episodes that have not been finished (no duration yet), newest first.</summary>
    public async Task<List<Episode>> OngoingAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var since = clock.GetCurrentInstant() - Duration.FromDays(2);
        return await db.Episodes.AsNoTracking()
            .Where(e => e.UserId == ownerId && e.DurationSeconds == null && e.StartedAt >= since)
            .OrderByDescending(e => e.StartedAt).Take(5).ToListAsync(ct);
    }

    /// <summary>The muscle and side of the person's last episode, so "Cramp now" starts on their usual choice.</summary>
    public async Task<(Muscle Muscle, Side Side)?> LastChoiceAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var last = await db.Episodes.AsNoTracking().Where(e => e.UserId == ownerId)
            .OrderByDescending(e => e.StartedAt).Select(e => new { e.Muscle, e.Side }).FirstOrDefaultAsync(ct);
        return last is null ? null : (last.Muscle, last.Side);
    }

    /// <summary>
    /// Stores an episode. A client-made <paramref name="id"/> already stored for this owner gives the stored one back
    /// when the content is the same (a retry), and StoredDiffers, changing nothing, when it is not.
    /// </summary>
    public async Task<Outcome<Episode>> CreateAsync(string ownerId, Guid? id, EpisodeInput input, CancellationToken ct = default)
    {
        var calendar = await profiles.CalendarAsync(ownerId, ct);
        var (episode, errors) = Build(ownerId, id, input, calendar, clock.GetCurrentInstant());
        return errors.IsEmpty
            ? (await writer.CreateOnceAsync(contexts, episode, id is not null, ct, inserter.AddAsync, OutcomeOfCreate.SameAsFirstSend(
                then => Build(ownerId, id, input, calendar, then) is { Errors.IsEmpty: true } built ? built.Episode : null))).ToOutcome()
            : Outcome<Episode>.Invalid(errors);
    }

    /// <summary>
    /// Creates from the "log a cramp" page, whose form carries an id made when the page was rendered: the same form
    /// sent again with the same content gets the stored cramp back (see <see cref="OneTapForms"/>).
    /// </summary>
    public async Task<Outcome<Episode>> CreateFromFormAsync(string ownerId, Guid? formId, EpisodeInput input, CancellationToken ct = default) =>
        await OneTapForms.CreateOnceAsync(formId, await BuildAsync(ownerId, null, input, ct), id => CreateAsync(ownerId, id, input, ct), clock.GetCurrentInstant());

    /// <summary>
    /// What the rules say of an input, storing nothing: a form whose other fields did not read shows these errors
    /// beside its own, so one round trip shows every mistake.
    /// </summary>
    public async Task<ValidationErrors> CheckAsync(string ownerId, EpisodeInput input, CancellationToken ct = default) =>
        (await BuildAsync(ownerId, null, input, ct)).Errors;

    /// <summary>The episode an input makes, not stored; filled only when there are no errors.</summary>
    private async Task<(Episode Episode, ValidationErrors Errors)> BuildAsync(string ownerId, Guid? id, EpisodeInput input, CancellationToken ct) =>
        Build(ownerId, id, input, await profiles.CalendarAsync(ownerId, ct), clock.GetCurrentInstant());

    private static (Episode Episode, ValidationErrors Errors) Build(string ownerId, Guid? id, EpisodeInput input, DiaryCalendar calendar, Instant now)
    {
        var episode = new Episode { Id = id ?? Guid.CreateVersion7(), UserId = ownerId, CreatedAt = now };
        return (episode, EpisodeRules.Apply(input, episode, calendar, now));
    }

    /// <summary>Starts an episode now: the one-tap "Cramp now".</summary>
    public Task<Outcome<Episode>> StartNowAsync(string ownerId, Guid? id, string muscle, string side, CancellationToken ct = default) =>
        CreateAsync(ownerId, id, new EpisodeInput(null, null, muscle, side, null), ct);

    /// <summary>Replaces an episode; a start sent back unchanged keeps its instant (see <see cref="EpisodeRules.Apply"/>).</summary>
    public async Task<Outcome<Episode>> UpdateAsync(string ownerId, Guid id, EpisodeInput input, CancellationToken ct = default)
    {
        if (await GetAsync(ownerId, id, ct) is not { } stored)
        {
            return Outcome<Episode>.NotFound();
        }
        var calendar = await profiles.CalendarAsync(ownerId, ct);
        var now = clock.GetCurrentInstant();
        var errors = EpisodeRules.Apply(input, new Episode { Id = id, UserId = ownerId }, calendar, now, stored);
        if (!errors.IsEmpty)
        {
            return Outcome<Episode>.Invalid(errors);
        }
        return await writer.WriteAsync(async (db, token) =>
        {
            var episode = await db.Episodes.FirstOrDefaultAsync(e => e.Id == id && e.UserId == ownerId, token);
            if (episode is null)
            {
                return Outcome<Episode>.NotFound();
            }
            // Checked above against the same stored start; a change in between (another tab) is checked again here.
            return EpisodeRules.Apply(input, episode, calendar, now, episode) is { IsEmpty: false } changed
                ? Outcome<Episode>.Invalid(changed)
                : new Outcome<Episode>(OutcomeKind.Updated, episode);
        }, ct);
    }

    /// <summary>
    /// "It has stopped": the duration becomes the time since it started; everything else stays. Only while it may still
    /// be going (<see cref="MayStillBeGoing"/>); later, or once finished, nothing changes (a page sent again from the
    /// browser's history must not turn a missing duration into hours).
    /// </summary>
    public async Task<Outcome<Episode>> StopNowAsync(string ownerId, Guid id, CancellationToken ct = default)
    {
        if (await GetAsync(ownerId, id, ct) is not { } episode)
        {
            return Outcome<Episode>.NotFound();
        }
        if (!MayStillBeGoing(episode))
        {
            return Outcome<Episode>.Invalid(ValidationErrors.Single("durationSeconds", "Enter how long it lasted."));
        }
        return await UpdateAsync(ownerId, id, episode.ToInput() with { DurationSeconds = SecondsSinceStart(episode) }, ct);
    }

    /// <summary>
    /// How long after its start an unfinished cramp may still be going on: a cramp lasts seconds to minutes, up to
    /// about 10 (clinical-facts.md §2). After this, "It has stopped" would store hours that were only a missing duration.
    /// </summary>
    public static readonly Duration MayStillBeGoingFor = Duration.FromHours(1);

    /// <summary>Unfinished and started recently enough that "It has stopped" now gives its real duration.</summary>
    public bool MayStillBeGoing(Episode episode) => episode.IsOngoing && clock.GetCurrentInstant() - episode.StartedAt <= MayStillBeGoingFor;

    /// <summary>How many seconds have passed since the episode started, capped at the 24-hour limit.</summary>
    public int SecondsSinceStart(Episode episode) =>
        (int)Math.Clamp((clock.GetCurrentInstant() - episode.StartedAt).TotalSeconds, 0, EpisodeRules.MaxDurationSeconds);

    public async Task<bool> DeleteAsync(string ownerId, Guid id, CancellationToken ct = default) =>
        await writer.WriteAsync(async (db, token) =>
            await db.Episodes.Where(e => e.Id == id && e.UserId == ownerId).ExecuteDeleteAsync(token) > 0, ct);
}

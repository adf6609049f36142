using Microsoft.EntityFrameworkCore;
using NodaTime;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;
using SpasmCoach.Persistence;
using SpasmCoach.Persistence.Writing;

namespace SpasmCoach.Web.Features.Profiles;

public sealed class ProfileService(IDbContextFactory<SpasmCoachDbContext> contexts, IDiaryWriter writer, CalendarCache calendars, IClock clock)
{
    /// <summary>The owner's profile, or the defaults (UTC, metric, days from 04:00) before they set one.</summary>
    public async Task<Profile> GetAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == ownerId, cancellationToken)
            ?? Profile.DefaultFor(ownerId);
    }

    /// <summary>The owner's diary calendar (zone and day start), from the <see cref="CalendarCache"/> when it has it.</summary>
    public async Task<DiaryCalendar> CalendarAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        if (calendars.TryGet(ownerId, out var calendar))
        {
            return calendar;
        }
        var generation = calendars.Generation;
        calendar = (await GetAsync(ownerId, cancellationToken)).Calendar();
        calendars.Set(ownerId, calendar, generation);
        return calendar;
    }

    /// <summary>The owner's current diary day.</summary>
    public async Task<LocalDate> TodayAsync(string ownerId, CancellationToken cancellationToken = default) =>
        (await CalendarAsync(ownerId, cancellationToken)).Today(clock.GetCurrentInstant());

    /// <summary>
    /// Parses a <c>from</c>/<c>to</c> query against the owner's today (see <see cref="DiaryDayRange.Parse"/>). Today, and
    /// so the profile, is only looked up when a date is missing: a query that names both needs neither.
    /// </summary>
    public async Task<Validated<DiaryDayRange>> ParseRangeAsync(string ownerId, string? from, string? to, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to)
            ? DiaryDayRange.Parse(from, to, await TodayAsync(ownerId, cancellationToken))
            : DiaryDayRange.Parse(from, to, today: default); // both dates given: Parse does not use today

    public async Task<bool> ExistsAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Profiles.AnyAsync(p => p.UserId == ownerId, cancellationToken);
    }

    /// <summary>
    /// Checks and stores the profile. When the hour the diary day starts changes, every entry's diary day is worked
    /// out again from the local time it was given; instants and local times never change.
    /// </summary>
    public async Task<(Profile? Profile, ValidationErrors Errors)> SaveAsync(string ownerId, ProfileInput input, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(ownerId, cancellationToken);
        var today = current.Calendar().Today(clock.GetCurrentInstant());
        var checkedProfile = Profile.DefaultFor(ownerId);
        var errors = ProfileRules.Apply(input, checkedProfile, today);
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }
        Profile saved;
        try
        {
            saved = await writer.WriteAsync(async (db, ct) =>
            {
                var profile = await db.Profiles.FirstOrDefaultAsync(p => p.UserId == ownerId, ct);
                if (profile is null)
                {
                    profile = Profile.DefaultFor(ownerId);
                    db.Profiles.Add(profile);
                }
                var oldStart = profile.DayStartsAt;
                ProfileRules.Apply(input, profile, today);
                if (profile.DayStartsAt != oldStart)
                {
                    // Placed like a new entry, so a time in a daylight-saving gap counts by its resolved wall clock.
                    var calendar = profile.Calendar();
                    await foreach (var episode in db.Episodes.Where(e => e.UserId == ownerId).AsAsyncEnumerable().WithCancellation(ct))
                    {
                        episode.DiaryDay = calendar.Place(episode.StartedAtLocal).DiaryDay;
                    }
                    await foreach (var drink in db.Drinks.Where(d => d.UserId == ownerId).AsAsyncEnumerable().WithCancellation(ct))
                    {
                        drink.DiaryDay = calendar.Place(drink.AtLocal).DiaryDay;
                    }
                    await foreach (var food in db.FoodEntries.Where(f => f.UserId == ownerId).AsAsyncEnumerable().WithCancellation(ct))
                    {
                        food.DiaryDay = calendar.Place(food.AtLocal).DiaryDay;
                    }
                }
                return profile;
            }, cancellationToken);
        }
        finally
        {
            // Committed or not, the next request reads the profile again on this node.
            calendars.Invalidate(ownerId);
        }
        return (saved, errors);
    }
}

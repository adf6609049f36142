using Microsoft.EntityFrameworkCore;
using NodaTime;
using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;
using SpasmCoach.Persistence;
using SpasmCoach.Persistence.Writing;
using SpasmCoach.Web.Features.Nutrition;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Hydration;

public sealed class DrinkService(IDbContextFactory<SpasmCoachDbContext> contexts, IDiaryWriter writer, ProfileService profiles, NutritionService nutrition, IClock clock)
{
    public async Task<List<Drink>> ListAsync(string ownerId, DiaryDayRange range, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Drinks.AsNoTracking()
            .Where(d => d.UserId == ownerId && d.DiaryDay >= range.From && d.DiaryDay <= range.To)
            .OrderBy(d => d.At).ToListAsync(ct);
    }

    /// <summary>
    /// Stores a drink. A client-made <paramref name="id"/> already stored for this owner gives the stored one back when
    /// the content is the same (a retry), and StoredDiffers, changing nothing, when it is not.
    /// </summary>
    public async Task<Outcome<Drink>> CreateAsync(string ownerId, Guid? id, DrinkInput input, CancellationToken ct = default)
    {
        var calendar = await profiles.CalendarAsync(ownerId, ct);
        var (drink, errors) = Build(ownerId, id, input, calendar, clock.GetCurrentInstant());
        return errors.IsEmpty
            ? (await writer.CreateOnceAsync(contexts, drink, id is not null, ct, sameContent: OutcomeOfCreate.SameAsFirstSend(
                then => Build(ownerId, id, input, calendar, then) is { Errors.IsEmpty: true } built ? built.Drink : null))).ToOutcome()
            : Outcome<Drink>.Invalid(errors);
    }

    /// <summary>
    /// Creates from the drinks page's own-amount form, which carries an id made when the page was rendered: the same
    /// form sent again with the same content gets the stored drink back (see <see cref="OneTapForms"/>).
    /// </summary>
    public async Task<Outcome<Drink>> CreateFromFormAsync(string ownerId, Guid? formId, DrinkInput input, CancellationToken ct = default) =>
        await OneTapForms.CreateOnceAsync(formId, await BuildAsync(ownerId, null, input, ct), id => CreateAsync(ownerId, id, input, ct), clock.GetCurrentInstant());

    /// <summary>The drink an input makes, not stored; filled only when there are no errors.</summary>
    private async Task<(Drink Drink, ValidationErrors Errors)> BuildAsync(string ownerId, Guid? id, DrinkInput input, CancellationToken ct) =>
        Build(ownerId, id, input, await profiles.CalendarAsync(ownerId, ct), clock.GetCurrentInstant());

    private static (Drink Drink, ValidationErrors Errors) Build(string ownerId, Guid? id, DrinkInput input, DiaryCalendar calendar, Instant now)
    {
        var drink = new Drink { Id = id ?? Guid.CreateVersion7(), UserId = ownerId, CreatedAt = now };
        return (drink, HydrationRules.Apply(input, drink, calendar, now));
    }

    public async Task<bool> DeleteAsync(string ownerId, Guid id, CancellationToken ct = default) =>
        await writer.WriteAsync(async (db, token) =>
            await db.Drinks.Where(d => d.Id == id && d.UserId == ownerId).ExecuteDeleteAsync(token) > 0, ct);

    /// <summary>Each day of <paramref name="range"/> with its drinks total, water from food, and the goal or limit that applies.</summary>
    public async Task<List<HydrationDay>> DaysAsync(string ownerId, DiaryDayRange range, CancellationToken ct = default)
    {
        var profile = await profiles.GetAsync(ownerId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var totals = await db.Drinks.AsNoTracking()
            .Where(d => d.UserId == ownerId && d.DiaryDay >= range.From && d.DiaryDay <= range.To)
            .GroupBy(d => d.DiaryDay)
            .Select(g => new { Day = g.Key, Ml = g.Sum(d => d.VolumeMl) })
            .ToDictionaryAsync(t => t.Day, t => t.Ml, ct);
        var foodWater = await nutrition.FoodWaterByDayAsync(ownerId, range, ct);
        return [.. range.Each().Select(day => HydrationRules.Judge(profile, day, totals.GetValueOrDefault(day), foodWater.GetValueOrDefault(day)))];
    }

    public async Task<HydrationDay> DayAsync(string ownerId, LocalDate day, CancellationToken ct = default) =>
        (await DaysAsync(ownerId, DiaryDayRange.Of(day, day), ct))[0];
}

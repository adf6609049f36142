using Microsoft.EntityFrameworkCore;
using NodaTime;
using SpasmCoach.Core;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;
using SpasmCoach.Persistence;
using SpasmCoach.Persistence.Writing;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Nutrition;

/// <summary>The food diary: search, entries, custom foods, favourites, day totals and suggestions.</summary>
/// <remarks>The USDA table loads on first use (decision 0005): a process that never serves the food diary never holds it.</remarks>
public sealed class NutritionService(
    Lazy<FoodCatalog> catalogOnFirstUse, IDbContextFactory<SpasmCoachDbContext> contexts, IDiaryWriter writer, ProfileService profiles, IClock clock)
{
    public FoodCatalog Catalog => catalogOnFirstUse.Value;

    /// <summary>Checks a search query and limit (1–100 characters; limit 1–50, default 10).</summary>
    public static ValidationErrors CheckSearch(string? q, int? limit)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(q) || q.Length > FoodSearch.MaxQueryLength)
        {
            errors.Add("q", $"Type 1 to {FoodSearch.MaxQueryLength} characters.");
        }
        if (limit is { } l && (l < 1 || l > FoodSearch.MaxLimit))
        {
            errors.Add("limit", $"Must be from 1 to {FoodSearch.MaxLimit}.");
        }
        return errors;
    }

    public IReadOnlyList<Food> Search(string q, int? limit) => Catalog.Search.Search(q, limit ?? FoodSearch.DefaultLimit);

    public Food? Find(string? ndbNo) => Catalog.Table.Find(ndbNo);

    public async Task<List<FoodEntry>> ListEntriesAsync(string ownerId, DiaryDayRange range, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.FoodEntries.AsNoTracking()
            .Where(e => e.UserId == ownerId && e.DiaryDay >= range.From && e.DiaryDay <= range.To)
            .OrderBy(e => e.At).ToListAsync(ct);
    }

    public async Task<FoodEntry?> GetEntryAsync(string ownerId, Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.FoodEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.UserId == ownerId, ct);
    }

    /// <summary>
    /// Logs a food. An unknown USDA number is Invalid; a missing or another person's custom food is NotFound. A client-made
    /// <paramref name="id"/> already stored for this owner gives the stored entry back when the content is the same (a
    /// retry), and StoredDiffers, changing nothing, when it is not.
    /// </summary>
    public async Task<Outcome<FoodEntry>> CreateEntryAsync(string ownerId, Guid? id, FoodEntryInput input, CancellationToken ct = default)
    {
        var rules = await EntryRulesAsync(ownerId, input, ct);
        if (rules.Kind != OutcomeKind.Updated)
        {
            return new Outcome<FoodEntry>(rules.Kind, null, rules.Errors);
        }
        var apply = rules.Value!;
        var (entry, errors) = Build(clock.GetCurrentInstant());
        return errors.IsEmpty
            ? (await writer.CreateOnceAsync(contexts, entry, id is not null, ct, sameContent: OutcomeOfCreate.SameAsFirstSend(
                then => Build(then) is { Errors.IsEmpty: true } again ? again.Entry : null))).ToOutcome()
            : Outcome<FoodEntry>.Invalid(errors);

        (FoodEntry Entry, ValidationErrors Errors) Build(Instant now)
        {
            var built = new FoodEntry { Id = id ?? Guid.CreateVersion7(), UserId = ownerId, CreatedAt = now };
            return (built, apply(built, now));
        }
    }

    /// <summary>
    /// Logs a food from a page's form, which carries an id made when the page was rendered: the same form sent again
    /// with the same content gets the stored entry back (see <see cref="OneTapForms"/>).
    /// </summary>
    public async Task<Outcome<FoodEntry>> CreateEntryFromFormAsync(string ownerId, Guid? formId, FoodEntryInput input, CancellationToken ct = default)
    {
        var built = await BuildEntryAsync(ownerId, null, input, ct);
        if (built.Kind != OutcomeKind.Updated)
        {
            return built;
        }
        return await OneTapForms.CreateOnceAsync(
            formId, id => CreateEntryAsync(ownerId, id, input, ct), stored => RecordContent.Same(stored, built.Value!), clock.GetCurrentInstant());
    }

    /// <summary>The entry an input makes, not stored; Updated means "valid and filled".</summary>
    private async Task<Outcome<FoodEntry>> BuildEntryAsync(string ownerId, Guid? id, FoodEntryInput input, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        return await CheckAsync(ownerId, input, new FoodEntry { Id = id ?? Guid.CreateVersion7(), UserId = ownerId, CreatedAt = now }, now, ct);
    }

    public async Task<Outcome<FoodEntry>> UpdateEntryAsync(string ownerId, Guid id, FoodEntryInput input, CancellationToken ct = default)
    {
        var now = clock.GetCurrentInstant();
        var scratch = new FoodEntry { Id = id, UserId = ownerId };
        var checkedEntry = await CheckAsync(ownerId, input, scratch, now, ct);
        if (checkedEntry.Kind != OutcomeKind.Updated)
        {
            return checkedEntry;
        }
        return await writer.WriteAsync(async (db, token) =>
        {
            var entry = await db.FoodEntries.FirstOrDefaultAsync(e => e.Id == id && e.UserId == ownerId, token);
            if (entry is null)
            {
                return Outcome<FoodEntry>.NotFound();
            }
            entry.AtLocal = scratch.AtLocal;
            entry.At = scratch.At;
            entry.DiaryDay = scratch.DiaryDay;
            entry.NdbNo = scratch.NdbNo;
            entry.CustomFoodId = scratch.CustomFoodId;
            entry.Description = scratch.Description;
            entry.PortionSeq = scratch.PortionSeq;
            entry.Quantity = scratch.Quantity;
            entry.Grams = scratch.Grams;
            entry.AmountLabel = scratch.AmountLabel;
            entry.IsSupplement = scratch.IsSupplement;
            entry.Nutrients = scratch.Nutrients;
            return new Outcome<FoodEntry>(OutcomeKind.Updated, entry);
        }, ct);
    }

    public async Task<bool> DeleteEntryAsync(string ownerId, Guid id, CancellationToken ct = default) =>
        await writer.WriteAsync(async (db, token) =>
            await db.FoodEntries.Where(e => e.Id == id && e.UserId == ownerId).ExecuteDeleteAsync(token) > 0, ct);

    /// <summary>Validates and fills <paramref name="entry"/>; Updated means "valid and filled".</summary>
    private async Task<Outcome<FoodEntry>> CheckAsync(string ownerId, FoodEntryInput input, FoodEntry entry, Instant now, CancellationToken ct)
    {
        var rules = await EntryRulesAsync(ownerId, input, ct);
        if (rules.Kind != OutcomeKind.Updated)
        {
            return new Outcome<FoodEntry>(rules.Kind, null, rules.Errors);
        }
        var errors = rules.Value!(entry, now);
        return errors.IsEmpty ? new Outcome<FoodEntry>(OutcomeKind.Updated, entry) : Outcome<FoodEntry>.Invalid(errors);
    }

    /// <summary>
    /// What an input's rules need from storage (the calendar, its food), read once; Updated gives the rules to apply at
    /// any instant, so a create sent again can be compared with what it made the first time.
    /// </summary>
    private async Task<Outcome<Func<FoodEntry, Instant, ValidationErrors>>> EntryRulesAsync(string ownerId, FoodEntryInput input, CancellationToken ct)
    {
        var calendar = (await profiles.GetAsync(ownerId, ct)).Calendar();
        if (input.CustomFoodId is { } customId)
        {
            if (input.NdbNo is not null)
            {
                return Outcome<Func<FoodEntry, Instant, ValidationErrors>>.Invalid(ValidationErrors.Single("ndbNo", "Give either ndbNo or customFoodId, not both."));
            }
            if (await GetCustomFoodAsync(ownerId, customId, ct) is not { } custom)
            {
                // Not a 400: another person's custom food must answer exactly like a missing one, and ids are theirs to make.
                return Outcome<Func<FoodEntry, Instant, ValidationErrors>>.NotFound(
                    ValidationErrors.Single("customFoodId", "No custom food of yours has this customFoodId."));
            }
            return new(OutcomeKind.Updated, (entry, now) => FoodEntryRules.ApplyCustom(input, custom, entry, calendar, now));
        }
        if (string.IsNullOrWhiteSpace(input.NdbNo))
        {
            return Outcome<Func<FoodEntry, Instant, ValidationErrors>>.Invalid(ValidationErrors.Single("ndbNo", "Give the USDA ndbNo of the food, or a customFoodId."));
        }
        if (Find(input.NdbNo) is not { } food)
        {
            // The USDA table is the same for everyone: an unknown number is a mistake in the request, not a missing record.
            return Outcome<Func<FoodEntry, Instant, ValidationErrors>>.Invalid(ValidationErrors.Single("ndbNo", "No USDA food has this number."));
        }
        return new(OutcomeKind.Updated, (entry, now) => FoodEntryRules.ApplyUsda(input, food, entry, calendar, now));
    }

    public async Task<NutritionDay> DayAsync(string ownerId, LocalDate day, CancellationToken ct = default) =>
        (await DaysAsync(ownerId, DiaryDayRange.Of(day, day), ct))[0];

    public async Task<List<NutritionDay>> DaysAsync(string ownerId, DiaryDayRange range, CancellationToken ct = default)
    {
        var profile = await profiles.GetAsync(ownerId, ct);
        var byDay = (await ListEntriesAsync(ownerId, range, ct)).ToLookup(e => e.DiaryDay);
        return [.. range.Each().Select(day => NutritionDay.For(day, byDay[day].ToList(), profile))];
    }

    /// <summary>For each mineral still below its target on <paramref name="day"/>, the foods that would close the gap.</summary>
    public async Task<List<(Mineral Mineral, MineralTotal Total, IReadOnlyList<Suggestion> Foods)>> SuggestionsAsync(string ownerId, LocalDate day, CancellationToken ct = default)
    {
        var profile = await profiles.GetAsync(ownerId, ct);
        var nutrition = await DayAsync(ownerId, day, ct);
        return [.. nutrition.Minerals
            .Where(m => m.GapMg is > 0)
            .Select(m => (m.Mineral, m, Catalog.Suggestions.For(m.Mineral, profile.Avoid, 5)))];
    }

    public async Task<List<CustomFood>> ListCustomFoodsAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CustomFoods.AsNoTracking().Where(f => f.UserId == ownerId).OrderBy(f => f.Name).ToListAsync(ct);
    }

    public async Task<CustomFood?> GetCustomFoodAsync(string ownerId, Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CustomFoods.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.UserId == ownerId, ct);
    }

    public async Task<Outcome<CustomFood>> CreateCustomFoodAsync(string ownerId, Guid? id, CustomFoodInput input, CancellationToken ct = default)
    {
        var (food, errors) = BuildCustomFood(ownerId, id, input);
        return errors.IsEmpty
            ? (await writer.CreateOnceAsync(contexts, food, id is not null, ct)).ToOutcome()
            : Outcome<CustomFood>.Invalid(errors);
    }

    /// <summary>
    /// Saves an own food from its page's form, which carries an id made when the page was rendered: the same form sent
    /// again with the same content gets the stored food back (see <see cref="OneTapForms"/>).
    /// </summary>
    public async Task<Outcome<CustomFood>> CreateCustomFoodFromFormAsync(string ownerId, Guid? formId, CustomFoodInput input, CancellationToken ct = default) =>
        await OneTapForms.CreateOnceAsync(formId, BuildCustomFood(ownerId, null, input), id => CreateCustomFoodAsync(ownerId, id, input, ct), clock.GetCurrentInstant());

    private (CustomFood Food, ValidationErrors Errors) BuildCustomFood(string ownerId, Guid? id, CustomFoodInput input)
    {
        var food = new CustomFood { Id = id ?? Guid.CreateVersion7(), UserId = ownerId, CreatedAt = clock.GetCurrentInstant() };
        return (food, FoodEntryRules.ApplyCustomFood(input, food));
    }

    /// <summary>Changes a custom food. Entries already logged keep the nutrients they were logged with.</summary>
    public async Task<Outcome<CustomFood>> UpdateCustomFoodAsync(string ownerId, Guid id, CustomFoodInput input, CancellationToken ct = default)
    {
        var errors = FoodEntryRules.ApplyCustomFood(input, new CustomFood { Id = id, UserId = ownerId });
        if (!errors.IsEmpty)
        {
            return Outcome<CustomFood>.Invalid(errors);
        }
        return await writer.WriteAsync(async (db, token) =>
        {
            var food = await db.CustomFoods.FirstOrDefaultAsync(f => f.Id == id && f.UserId == ownerId, token);
            if (food is null)
            {
                return Outcome<CustomFood>.NotFound();
            }
            FoodEntryRules.ApplyCustomFood(input, food);
            return new Outcome<CustomFood>(OutcomeKind.Updated, food);
        }, ct);
    }

    public async Task<bool> DeleteCustomFoodAsync(string ownerId, Guid id, CancellationToken ct = default) =>
        await writer.WriteAsync(async (db, token) =>
        {
            var deleted = await db.CustomFoods.Where(f => f.Id == id && f.UserId == ownerId).ExecuteDeleteAsync(token) > 0;
            if (deleted)
            {
                var key = FavouriteFood.CustomKey(id);
                await db.FavouriteFoods.Where(f => f.UserId == ownerId && f.FoodKey == key).ExecuteDeleteAsync(token);
            }
            return deleted;
        }, ct);

    public async Task<HashSet<string>> FavouriteKeysAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return [.. await db.FavouriteFoods.AsNoTracking().Where(f => f.UserId == ownerId).Select(f => f.FoodKey).ToListAsync(ct)];
    }

    public async Task SetFavouriteAsync(string ownerId, string key, bool favourite, CancellationToken ct = default) =>
        await writer.WriteAsync(async (db, token) =>
        {
            var existing = await db.FavouriteFoods.FirstOrDefaultAsync(f => f.UserId == ownerId && f.FoodKey == key, token);
            if (favourite && existing is null)
            {
                db.FavouriteFoods.Add(new FavouriteFood { UserId = ownerId, FoodKey = key, CreatedAt = clock.GetCurrentInstant() });
            }
            else if (!favourite && existing is not null)
            {
                db.FavouriteFoods.Remove(existing);
            }
            return true;
        }, ct);

    /// <summary>The foods the person logged most recently, newest first, each once; own foods since deleted are left out.</summary>
    /// <remarks>Entries of a deleted own food keep their name and nutrients in the diary, but it can no longer be logged.</remarks>
    public async Task<List<FoodEntry>> RecentAsync(string ownerId, int count = 8, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var latest = await db.FoodEntries.AsNoTracking()
            .Where(e => e.UserId == ownerId
                && (e.CustomFoodId == null || db.CustomFoods.Any(f => f.UserId == ownerId && f.Id == e.CustomFoodId)))
            .OrderByDescending(e => e.At).Take(100).ToListAsync(ct);
        return [.. latest.DistinctBy(e => e.NdbNo ?? e.CustomFoodId?.ToString()).Take(count)];
    }

    /// <summary>Water in the foods of each day with foods logged, as far as they give it, for the hydration view (1 g of water is 1 ml).</summary>
    public async Task<Dictionary<LocalDate, FoodWater>> FoodWaterByDayAsync(string ownerId, DiaryDayRange range, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.FoodEntries.AsNoTracking()
            .Where(e => e.UserId == ownerId && e.DiaryDay >= range.From && e.DiaryDay <= range.To)
            .GroupBy(e => e.DiaryDay)
            .Select(g => new { Day = g.Key, Water = g.Sum(e => e.WaterG ?? 0), Foods = g.Count(), WithoutWater = g.Count(e => e.WaterG == null) })
            .ToDictionaryAsync(x => x.Day, x => new FoodWater(x.Water, x.Foods, x.WithoutWater), ct);
    }
}

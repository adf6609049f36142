using Microsoft.AspNetCore.Http.HttpResults;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Nutrition;

public static class NutritionApi
{
    private const string NdbRoute = "{ndbNo:regex(^\\d{{5}}$)}";

    public static IEndpointRouteBuilder MapNutrition(this IEndpointRouteBuilder app)
    {
        var foods = app.MapGroup("/api/foods").WithTags("Foods").RequireAuthorization();
        foods.MapGet("/search", SearchFoods).WithSummary("Foods matching what was typed, best first (limit 1–50, default 10)");
        foods.MapGet("/recent", RecentFoodsAsync).WithSummary("The foods logged most recently, each once");
        foods.MapGet("/favourites", FavouriteFoodsAsync).WithSummary("Favourite USDA foods and own foods");
        foods.MapGet("/" + NdbRoute, GetFoodAsync).WithSummary("A USDA food: nutrients per 100 g (null = not reported) and household portions");
        foods.MapPut("/" + NdbRoute + "/favourite", FavouriteFoodAsync).WithSummary("Mark a USDA food as a favourite");
        foods.MapDelete("/" + NdbRoute + "/favourite", UnfavouriteFoodAsync).WithSummary("Unmark a favourite USDA food");

        var entries = app.MapGroup("/api/food-entries").WithTags("Foods").RequireAuthorization();
        entries.MapGet("/", ListEntriesAsync).WithSummary("Foods eaten on diary days from..to (both included)");
        entries.MapPost("/", CreateEntryAsync).WithSummary("Log a food: {ndbNo, portionSeq, quantity}, {ndbNo, grams} or {customFoodId, quantity}");
        entries.MapGet("/{id:guid}", GetEntryAsync).WithSummary("One food entry");
        entries.MapPut("/{id:guid}", UpdateEntryAsync).WithSummary("Change a food entry");
        entries.MapDelete("/{id:guid}", DeleteEntryAsync).WithSummary("Delete a food entry");

        var custom = app.MapGroup("/api/custom-foods").WithTags("Foods").RequireAuthorization();
        custom.MapGet("/", ListCustomFoodsAsync).WithSummary("The person's own foods and supplements");
        custom.MapPost("/", CreateCustomFoodAsync).WithSummary("Add an own food or supplement (nutrients per serving)");
        custom.MapGet("/{id:guid}", GetCustomFoodAsync).WithSummary("One own food or supplement");
        custom.MapPut("/{id:guid}", UpdateCustomFoodAsync).WithSummary("Change an own food or supplement");
        custom.MapDelete("/{id:guid}", DeleteCustomFoodAsync).WithSummary("Delete an own food or supplement");
        custom.MapPut("/{id:guid}/favourite", FavouriteCustomFoodAsync).WithSummary("Mark an own food as a favourite");
        custom.MapDelete("/{id:guid}/favourite", UnfavouriteCustomFoodAsync).WithSummary("Unmark a favourite own food");

        var nutrition = app.MapGroup("/api/nutrition").WithTags("Foods").RequireAuthorization();
        nutrition.MapGet("/days/{date}", GetDayAsync).WithSummary("A diary day's calcium, magnesium, potassium, sodium, energy and water from food against targets");
        nutrition.MapGet("/days", ListDaysAsync).WithSummary("The same for each diary day from..to");
        nutrition.MapGet("/suggestions", SuggestionsAsync).WithSummary("For each mineral below target on a day, whole foods that add most per usual portion");
        return app;
    }

    private static Results<Ok<List<FoodHit>>, ValidationProblem> SearchFoods(string? q, int? limit, NutritionService nutrition)
    {
        var errors = NutritionService.CheckSearch(q, limit);
        return errors.IsEmpty
            ? TypedResults.Ok(nutrition.Search(q!, limit).Select(f => f.ToHit()).ToList())
            : Problems.Validation(errors);
    }

    private static async Task<Results<Ok<FoodResponse>, NotFound>> GetFoodAsync(string ndbNo, NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        if (nutrition.Find(ndbNo) is not { } food)
        {
            return TypedResults.NotFound();
        }
        var favourites = await nutrition.FavouriteKeysAsync(owner.Id, ct);
        return TypedResults.Ok(food.ToResponse(favourites.Contains(FavouriteFood.UsdaKey(ndbNo))));
    }

    private static async Task<Ok<List<FoodEntryResponse>>> RecentFoodsAsync(NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        TypedResults.Ok((await nutrition.RecentAsync(owner.Id, ct: ct)).ConvertAll(e => e.ToResponse()));

    private static async Task<Ok<FavouritesResponse>> FavouriteFoodsAsync(NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        var keys = await nutrition.FavouriteKeysAsync(owner.Id, ct);
        var usda = keys.Where(k => k.StartsWith("usda:", StringComparison.Ordinal))
            .Select(k => nutrition.Find(k[5..])).OfType<Food>().Select(f => f.ToHit()).ToList();
        var own = (await nutrition.ListCustomFoodsAsync(owner.Id, ct))
            .Where(f => keys.Contains(FavouriteFood.CustomKey(f.Id))).Select(f => f.ToResponse(true)).ToList();
        return TypedResults.Ok(new FavouritesResponse(usda, own));
    }

    private static async Task<Results<NoContent, NotFound>> FavouriteFoodAsync(string ndbNo, NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        await SetUsdaFavouriteAsync(ndbNo, true, nutrition, owner, ct);

    private static async Task<Results<NoContent, NotFound>> UnfavouriteFoodAsync(string ndbNo, NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        await SetUsdaFavouriteAsync(ndbNo, false, nutrition, owner, ct);

    private static async Task<Results<NoContent, NotFound>> SetUsdaFavouriteAsync(string ndbNo, bool favourite, NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        if (nutrition.Find(ndbNo) is null)
        {
            return TypedResults.NotFound();
        }
        await nutrition.SetFavouriteAsync(owner.Id, FavouriteFood.UsdaKey(ndbNo), favourite, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<FoodEntryResponse>>, ValidationProblem>> ListEntriesAsync(
        string? from, string? to, NutritionService nutrition, ProfileService profiles, DiaryOwner owner, CancellationToken ct)
    {
        var range = await profiles.ParseRangeAsync(owner.Id, from, to, ct);
        return range.IsValid
            ? TypedResults.Ok((await nutrition.ListEntriesAsync(owner.Id, range.Value!, ct)).ConvertAll(e => e.ToResponse()))
            : Problems.Validation(range.Errors!);
    }

    private static async Task<Results<Created<FoodEntryResponse>, Ok<FoodEntryResponse>, ValidationProblem, ProblemHttpResult>> CreateEntryAsync(
        FoodEntryRequest request, NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        var outcome = await nutrition.CreateEntryAsync(owner.Id, request.Id, request.ToInput(), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Created => TypedResults.Created($"/api/food-entries/{outcome.Value!.Id}", outcome.Value.ToResponse()),
            OutcomeKind.AlreadyStored => TypedResults.Ok(outcome.Value!.ToResponse()),
            OutcomeKind.NotFound => Problems.NotFound(outcome.Errors!),
            OutcomeKind.IdTaken or OutcomeKind.StoredDiffers => OutcomeOfCreate.IdConflict(outcome.Kind),
            _ => Problems.Validation(outcome.Errors!),
        };
    }

    private static async Task<Results<Ok<FoodEntryResponse>, NotFound>> GetEntryAsync(Guid id, NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        await nutrition.GetEntryAsync(owner.Id, id, ct) is { } entry ? TypedResults.Ok(entry.ToResponse()) : TypedResults.NotFound();

    private static async Task<Results<Ok<FoodEntryResponse>, NotFound, ProblemHttpResult, ValidationProblem>> UpdateEntryAsync(
        Guid id, FoodEntryRequest request, NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        var outcome = await nutrition.UpdateEntryAsync(owner.Id, id, request.ToInput(), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Updated => TypedResults.Ok(outcome.Value!.ToResponse()),
            OutcomeKind.NotFound when outcome.Errors is { } about => Problems.NotFound(about),
            OutcomeKind.NotFound => TypedResults.NotFound(),
            _ => Problems.Validation(outcome.Errors!),
        };
    }

    private static async Task<Results<NoContent, NotFound>> DeleteEntryAsync(Guid id, NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        await nutrition.DeleteEntryAsync(owner.Id, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<List<CustomFoodResponse>>> ListCustomFoodsAsync(NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        var favourites = await nutrition.FavouriteKeysAsync(owner.Id, ct);
        return TypedResults.Ok((await nutrition.ListCustomFoodsAsync(owner.Id, ct)).ConvertAll(f => f.ToResponse(favourites.Contains(FavouriteFood.CustomKey(f.Id)))));
    }

    private static async Task<Results<Ok<CustomFoodResponse>, NotFound>> GetCustomFoodAsync(Guid id, NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        if (await nutrition.GetCustomFoodAsync(owner.Id, id, ct) is not { } food)
        {
            return TypedResults.NotFound();
        }
        var favourites = await nutrition.FavouriteKeysAsync(owner.Id, ct);
        return TypedResults.Ok(food.ToResponse(favourites.Contains(FavouriteFood.CustomKey(id))));
    }

    private static async Task<Results<Created<CustomFoodResponse>, Ok<CustomFoodResponse>, ValidationProblem, ProblemHttpResult>> CreateCustomFoodAsync(
        CustomFoodRequest request, NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        var outcome = await nutrition.CreateCustomFoodAsync(owner.Id, request.Id, request.ToInput(), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Created => TypedResults.Created($"/api/custom-foods/{outcome.Value!.Id}", outcome.Value.ToResponse(false)),
            OutcomeKind.AlreadyStored => TypedResults.Ok(outcome.Value!.ToResponse(false)),
            OutcomeKind.IdTaken or OutcomeKind.StoredDiffers => OutcomeOfCreate.IdConflict(outcome.Kind),
            _ => Problems.Validation(outcome.Errors!),
        };
    }

    private static async Task<Results<Ok<CustomFoodResponse>, NotFound, ValidationProblem>> UpdateCustomFoodAsync(
        Guid id, CustomFoodRequest request, NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        var outcome = await nutrition.UpdateCustomFoodAsync(owner.Id, id, request.ToInput(), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Updated => TypedResults.Ok(outcome.Value!.ToResponse(false)),
            OutcomeKind.NotFound => TypedResults.NotFound(),
            _ => Problems.Validation(outcome.Errors!),
        };
    }

    private static async Task<Results<NoContent, NotFound>> DeleteCustomFoodAsync(Guid id, NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        await nutrition.DeleteCustomFoodAsync(owner.Id, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> FavouriteCustomFoodAsync(Guid id, NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        await SetCustomFavouriteAsync(id, true, nutrition, owner, ct);

    private static async Task<Results<NoContent, NotFound>> UnfavouriteCustomFoodAsync(Guid id, NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        await SetCustomFavouriteAsync(id, false, nutrition, owner, ct);

    private static async Task<Results<NoContent, NotFound>> SetCustomFavouriteAsync(Guid id, bool favourite, NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        if (await nutrition.GetCustomFoodAsync(owner.Id, id, ct) is null)
        {
            return TypedResults.NotFound();
        }
        await nutrition.SetFavouriteAsync(owner.Id, FavouriteFood.CustomKey(id), favourite, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<NutritionDayResponse>, ValidationProblem>> GetDayAsync(string date, NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        return DiaryDayRange.ParseDate(date, "date", errors) is { } day
            ? TypedResults.Ok((await nutrition.DayAsync(owner.Id, day, ct)).ToResponse())
            : Problems.Validation(errors);
    }

    private static async Task<Results<Ok<List<NutritionDayResponse>>, ValidationProblem>> ListDaysAsync(
        string? from, string? to, NutritionService nutrition, ProfileService profiles, DiaryOwner owner, CancellationToken ct)
    {
        var range = await profiles.ParseRangeAsync(owner.Id, from, to, ct);
        return range.IsValid
            ? TypedResults.Ok((await nutrition.DaysAsync(owner.Id, range.Value!, ct)).ConvertAll(d => d.ToResponse()))
            : Problems.Validation(range.Errors!);
    }

    private static async Task<Results<Ok<List<NutrientSuggestions>>, ValidationProblem>> SuggestionsAsync(
        string? date, NutritionService nutrition, ProfileService profiles, DiaryOwner owner, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var day = string.IsNullOrWhiteSpace(date) ? await profiles.TodayAsync(owner.Id, ct) : DiaryDayRange.ParseDate(date, "date", errors);
        if (day is null)
        {
            return Problems.Validation(errors);
        }
        var suggestions = await nutrition.SuggestionsAsync(owner.Id, day.Value, ct);
        return TypedResults.Ok(suggestions.ConvertAll(s => new NutrientSuggestions(
            MineralTotal.Name(s.Mineral), s.Total.Target!.Mg, Math.Round(s.Total.AmountMg, 1), Math.Round(s.Total.GapMg!.Value, 1),
            [.. s.Foods.Select(f => new SuggestedFood(f.Food.NdbNo, f.Food.Description, f.Portion.ToResponse(), f.Quantity, f.PortionLabel, Math.Round(f.AddsMg, 1)))])));
    }
}

public sealed record FavouritesResponse(List<FoodHit> Foods, List<CustomFoodResponse> CustomFoods);

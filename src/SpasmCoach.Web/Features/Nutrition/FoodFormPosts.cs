using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Nutrition;

/// <summary>One-tap food posts from the pages: delete (undo), favourite, log a serving of an own food.</summary>
public static class FoodFormPosts
{
    public static IEndpointRouteBuilder MapFoodFormPosts(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/forms").RequireAuthorization().ExcludeFromDescription();
        forms.MapPost("/foods/{id:guid}/delete", DeleteEntryAsync);
        forms.MapPost("/foods/{ndbNo:regex(^\\d{{5}}$)}/favourite", FavouriteAsync);
        forms.MapPost("/custom-foods/{id:guid}/log", LogCustomAsync);
        forms.MapPost("/custom-foods/{id:guid}/delete", DeleteCustomAsync);
        return app;
    }

    private static async Task<IResult> DeleteEntryAsync(Guid id, [FromForm] string? returnUrl, NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        await nutrition.DeleteEntryAsync(owner.Id, id, ct)
            ? TypedResults.LocalRedirect(LocalUrl.WithQuery(LocalUrl.OrDefault(returnUrl, "/food"), "deleted=food"))
            : TypedResults.NotFound();

    private static async Task<IResult> FavouriteAsync(string ndbNo, [FromForm] bool favourite, [FromForm] string? returnUrl, NutritionService nutrition, DiaryOwner owner, CancellationToken ct)
    {
        if (nutrition.Find(ndbNo) is null)
        {
            return TypedResults.NotFound();
        }
        await nutrition.SetFavouriteAsync(owner.Id, FavouriteFood.UsdaKey(ndbNo), favourite, ct);
        return TypedResults.LocalRedirect(LocalUrl.OrDefault(returnUrl, $"/food/add/{ndbNo}"));
    }

    /// <summary>Logs servings of an own food: now, or at noon on the earlier day whose page the person came from.</summary>
    private static async Task<IResult> LogCustomAsync(
        Guid id, [FromForm] Guid? formId, [FromForm] string? servings, [FromForm] string? day,
        NutritionService nutrition, ProfileService profiles, DiaryOwner owner, IClock clock, CancellationToken ct)
    {
        var calendar = await profiles.CalendarAsync(owner.Id, ct);
        var now = clock.GetCurrentInstant();
        var today = calendar.Today(now);
        // The day of the page the form was on; a tampered one is no day to log to.
        if (DayInUrl.Shown(day, today, DayInUrl.LatestEntryDay(calendar, now)) is not { } shown)
        {
            return TypedResults.NotFound();
        }
        var refused = TypedResults.LocalRedirect(QueryHelpers.AddQueryString(
            FoodLinks.OwnFoods(shown, today), new Dictionary<string, string?> { ["error"] = "servings", ["food"] = id.ToString() }));
        // Empty means the one serving the box shows; anything else must read as a number the way every form box reads
        // one ("abc" was once logged as 1, "1,000" as 1 and "1e3" as 1000).
        var unreadable = new ValidationErrors();
        var quantity = FormNumbers.Parse(servings, "servings", unreadable) ?? 1;
        if (!unreadable.IsEmpty)
        {
            return refused;
        }
        var at = DayInUrl.ProposedTime(shown, calendar, now);
        var outcome = await OneTapForms.CreateOnceAsync(
            formId,
            entryId => nutrition.CreateEntryAsync(owner.Id, entryId, new FoodEntryInput(at, null, null, quantity, null, id), ct),
            stored => stored.CustomFoodId == id && stored.Quantity == quantity,
            now);
        return outcome.Kind switch
        {
            OutcomeKind.Created or OutcomeKind.AlreadyStored => TypedResults.LocalRedirect($"{FoodLinks.Day(outcome.Value!.DiaryDay, today)}?added=food:{outcome.Value.Id}"),
            OutcomeKind.NotFound => TypedResults.NotFound(),
            _ => refused,
        };
    }

    private static async Task<IResult> DeleteCustomAsync(Guid id, [FromForm] string? returnUrl, NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        await nutrition.DeleteCustomFoodAsync(owner.Id, id, ct)
            ? TypedResults.LocalRedirect(QueryHelpers.AddQueryString(LocalUrl.OrDefault(returnUrl, "/food/own"), "deleted", "custom"))
            : TypedResults.NotFound();
}

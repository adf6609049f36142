using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SpasmCoach.Core.Nutrition;
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

    private static async Task<IResult> LogCustomAsync(
        Guid id, [FromForm] Guid? formId, [FromForm] string? servings, NutritionService nutrition, DiaryOwner owner, IClock clock, CancellationToken ct)
    {
        // Empty means the one serving the box shows; anything else must read as a number ("abc" was once logged as 1).
        double quantity = 1;
        if (!string.IsNullOrWhiteSpace(servings) && !double.TryParse(
                servings.Trim().Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out quantity))
        {
            return TypedResults.LocalRedirect($"/food/own?error=servings&food={id}");
        }
        var outcome = await OneTapForms.CreateOnceAsync(
            formId,
            entryId => nutrition.CreateEntryAsync(owner.Id, entryId, new FoodEntryInput(null, null, null, quantity, null, id), ct),
            stored => stored.CustomFoodId == id && stored.Quantity == quantity,
            clock.GetCurrentInstant());
        return outcome.Kind switch
        {
            OutcomeKind.Created or OutcomeKind.AlreadyStored => TypedResults.LocalRedirect($"/food?added=food:{outcome.Value!.Id}"),
            OutcomeKind.NotFound => TypedResults.NotFound(),
            _ => TypedResults.LocalRedirect($"/food/own?error=servings&food={id}"),
        };
    }

    private static async Task<IResult> DeleteCustomAsync(Guid id, NutritionService nutrition, DiaryOwner owner, CancellationToken ct) =>
        await nutrition.DeleteCustomFoodAsync(owner.Id, id, ct) ? TypedResults.LocalRedirect("/food/own?deleted=custom") : TypedResults.NotFound();

}

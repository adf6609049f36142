using Microsoft.AspNetCore.Mvc;
using SpasmCoach.Core.Hydration;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Hydration;

/// <summary>One-tap drink posts from the pages; each redirects back with a confirmation and an undo.</summary>
public static class DrinkFormPosts
{
    public static IEndpointRouteBuilder MapDrinkFormPosts(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/forms/drinks").RequireAuthorization().ExcludeFromDescription();
        forms.MapPost("/quick", QuickAddAsync);
        forms.MapPost("/{id:guid}/delete", DeleteAsync);
        return app;
    }

    private static async Task<IResult> QuickAddAsync(
        [FromForm] string? size, [FromForm] string? beverage, [FromForm] string? returnUrl,
        DrinkService drinks, ProfileService profiles, DiaryOwner owner, CancellationToken ct)
    {
        var back = LocalUrl.OrDefault(returnUrl, "/drinks");
        var units = (await profiles.GetAsync(owner.Id, ct)).Units;
        var chosen = HydrationRules.QuickAddSizes(units).FirstOrDefault(s => s.Name == size);
        if (chosen is null)
        {
            return TypedResults.LocalRedirect(WithQuery(back, "error=size"));
        }
        var outcome = await drinks.CreateAsync(owner.Id, null, new DrinkInput(null, chosen.VolumeMl, beverage), ct);
        return outcome.Kind == OutcomeKind.Created
            ? TypedResults.LocalRedirect(WithQuery(back, $"added=drink:{outcome.Value!.Id}"))
            : TypedResults.LocalRedirect(WithQuery(back, "error=drink"));
    }

    private static async Task<IResult> DeleteAsync(Guid id, [FromForm] string? returnUrl, DrinkService drinks, DiaryOwner owner, CancellationToken ct) =>
        await drinks.DeleteAsync(owner.Id, id, ct)
            ? TypedResults.LocalRedirect(WithQuery(LocalUrl.OrDefault(returnUrl, "/drinks"), "deleted=drink"))
            : TypedResults.NotFound();

    private static string WithQuery(string url, string query)
    {
        var path = url.Split('?')[0];
        return $"{path}?{query}";
    }
}

using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Validation;
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
        [FromForm] Guid? formId, [FromForm] string? size, [FromForm] string? beverage, [FromForm] string? returnUrl,
        DrinkService drinks, ProfileService profiles, DiaryOwner owner, IClock clock, CancellationToken ct)
    {
        var back = LocalUrl.OrDefault(returnUrl, "/drinks");
        var units = (await profiles.GetAsync(owner.Id, ct)).Units;
        var chosen = HydrationRules.QuickAddSizes(units).FirstOrDefault(s => s.Name == size);
        if (chosen is null)
        {
            return TypedResults.LocalRedirect(LocalUrl.WithQuery(back, "error=size"));
        }
        var outcome = await OneTapForms.CreateOnceAsync(
            formId,
            id => drinks.CreateAsync(owner.Id, id, new DrinkInput(null, chosen.VolumeMl, beverage), ct),
            stored => stored.VolumeMl == chosen.VolumeMl && Codes.Of(stored.Beverage) == beverage,
            clock.GetCurrentInstant());
        return outcome.Kind is OutcomeKind.Created or OutcomeKind.AlreadyStored
            // The beverage goes back too, so the next tap is on the same drink (a pot of tea is several mugs).
            ? TypedResults.LocalRedirect(LocalUrl.WithQuery(back, $"added=drink:{outcome.Value!.Id}&drink={Codes.Of(outcome.Value.Beverage)}"))
            : TypedResults.LocalRedirect(LocalUrl.WithQuery(back, "error=drink"));
    }

    private static async Task<IResult> DeleteAsync(Guid id, [FromForm] string? returnUrl, DrinkService drinks, DiaryOwner owner, CancellationToken ct) =>
        await drinks.DeleteAsync(owner.Id, id, ct)
            ? TypedResults.LocalRedirect(LocalUrl.WithQuery(LocalUrl.OrDefault(returnUrl, "/drinks"), "deleted=drink"))
            : TypedResults.NotFound();
}

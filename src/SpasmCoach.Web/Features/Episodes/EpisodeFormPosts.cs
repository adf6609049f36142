using Microsoft.AspNetCore.Mvc;
using NodaTime;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Episodes;

/// <summary>
/// One-tap form posts from the pages (they work without JavaScript); each answers with a redirect to a page that
/// shows the result. Antiforgery is checked by the framework on every form post.
/// </summary>
public static class EpisodeFormPosts
{
    public static IEndpointRouteBuilder MapEpisodeFormPosts(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/forms/episodes").RequireAuthorization().ExcludeFromDescription();
        forms.MapPost("/start", StartAsync);
        forms.MapPost("/{id:guid}/stop", StopAsync);
        forms.MapPost("/{id:guid}/delete", DeleteAsync);
        return app;
    }

    private static async Task<IResult> StartAsync(
        [FromForm] Guid? formId, [FromForm] string? muscle, [FromForm] string? side, EpisodeService episodes, DiaryOwner owner, IClock clock, CancellationToken ct)
    {
        var outcome = await OneTapForms.CreateOnceAsync(
            formId,
            id => episodes.StartNowAsync(owner.Id, id, muscle ?? "", side ?? "", ct),
            stored => Codes.Of(stored.Muscle) == muscle && Codes.Of(stored.Side) == side,
            clock.GetCurrentInstant());
        return outcome.Kind is OutcomeKind.Created or OutcomeKind.AlreadyStored
            ? TypedResults.LocalRedirect($"/episodes/{outcome.Value!.Id}?started=true")
            : TypedResults.LocalRedirect("/cramp-now?error=true");
    }

    private static async Task<IResult> StopAsync(Guid id, EpisodeService episodes, DiaryOwner owner, CancellationToken ct)
    {
        var outcome = await episodes.StopNowAsync(owner.Id, id, ct);
        return outcome.Kind switch
        {
            OutcomeKind.NotFound => TypedResults.NotFound(),
            // Its time to relief is longer than the time since it started: the page says so, beside that box.
            OutcomeKind.Invalid when outcome.Errors!.Has("timeToReliefSeconds") => TypedResults.LocalRedirect($"/episodes/{id}?notStopped=true"),
            OutcomeKind.Invalid => TypedResults.LocalRedirect($"/episodes/{id}"), // finished already, or over an hour: the page says what to do
            _ => TypedResults.LocalRedirect($"/episodes/{id}?stopped=true"),
        };
    }

    private static async Task<IResult> DeleteAsync(Guid id, [FromForm] string? returnUrl, EpisodeService episodes, DiaryOwner owner, CancellationToken ct)
    {
        var episode = await episodes.GetAsync(owner.Id, id, ct);
        if (episode is null || !await episodes.DeleteAsync(owner.Id, id, ct))
        {
            return TypedResults.NotFound();
        }
        // Back where the undo or delete was tapped, saying so ("Deleted."), as drinks and foods do.
        return TypedResults.LocalRedirect(LocalUrl.WithQuery(LocalUrl.OrDefault(returnUrl, $"/diary/{LocalTimeText.Format(episode.DiaryDay)}"), "deleted=episode"));
    }
}

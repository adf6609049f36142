using Microsoft.AspNetCore.Http.HttpResults;
using SpasmCoach.Core.Time;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Episodes;

public static class EpisodesApi
{
    public static RouteGroupBuilder MapEpisodes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/episodes").WithTags("Episodes").RequireAuthorization();
        group.MapGet("/", ListEpisodesAsync).WithSummary("Episodes whose diary day is between from and to (both included)");
        group.MapPost("/", CreateEpisodeAsync).WithSummary("Log an episode");
        group.MapGet("/{id:guid}", GetEpisodeAsync).WithSummary("One episode");
        group.MapPut("/{id:guid}", UpdateEpisodeAsync).WithSummary("Replace an episode (finish it, correct it)");
        group.MapDelete("/{id:guid}", DeleteEpisodeAsync).WithSummary("Delete an episode");
        return group;
    }

    private static async Task<Results<JsonList<EpisodeResponse>, ValidationProblem>> ListEpisodesAsync(
        string? from, string? to, EpisodeService episodes, ProfileService profiles, DiaryOwner owner, CancellationToken ct)
    {
        var range = await profiles.ParseRangeAsync(owner.Id, from, to, ct);
        if (!range.IsValid)
        {
            return Problems.Validation(range.Errors!);
        }
        var list = await episodes.ListAsync(owner.Id, range.Value!, ct);
        return new JsonList<EpisodeResponse>(list.ConvertAll(e => e.ToResponse()), EpisodeJson.Default.ListEpisodeResponse);
    }

    private static async Task<Results<Created<EpisodeResponse>, Ok<EpisodeResponse>, ValidationProblem, ProblemHttpResult>> CreateEpisodeAsync(
        EpisodeRequest request, EpisodeService episodes, DiaryOwner owner, CancellationToken ct)
    {
        var outcome = await episodes.CreateAsync(owner.Id, request.Id, request.ToInput(), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Created => TypedResults.Created($"/api/episodes/{outcome.Value!.Id}", outcome.Value.ToResponse()),
            OutcomeKind.AlreadyStored => TypedResults.Ok(outcome.Value!.ToResponse()),
            OutcomeKind.IdTaken or OutcomeKind.StoredDiffers => OutcomeOfCreate.IdConflict(outcome.Kind),
            _ => Problems.Validation(outcome.Errors!),
        };
    }

    private static async Task<Results<Ok<EpisodeResponse>, NotFound>> GetEpisodeAsync(Guid id, EpisodeService episodes, DiaryOwner owner, CancellationToken ct) =>
        await episodes.GetAsync(owner.Id, id, ct) is { } episode ? TypedResults.Ok(episode.ToResponse()) : TypedResults.NotFound();

    private static async Task<Results<Ok<EpisodeResponse>, NotFound, ValidationProblem>> UpdateEpisodeAsync(
        Guid id, EpisodeRequest request, EpisodeService episodes, DiaryOwner owner, CancellationToken ct)
    {
        var outcome = await episodes.UpdateAsync(owner.Id, id, request.ToInput(), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Updated => TypedResults.Ok(outcome.Value!.ToResponse()),
            OutcomeKind.NotFound => TypedResults.NotFound(),
            _ => Problems.Validation(outcome.Errors!),
        };
    }

    private static async Task<Results<NoContent, NotFound>> DeleteEpisodeAsync(Guid id, EpisodeService episodes, DiaryOwner owner, CancellationToken ct) =>
        await episodes.DeleteAsync(owner.Id, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

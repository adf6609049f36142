using Microsoft.AspNetCore.Http.HttpResults;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Hydration;

public static class HydrationApi
{
    public static IEndpointRouteBuilder MapHydration(this IEndpointRouteBuilder app)
    {
        var drinks = app.MapGroup("/api/drinks").WithTags("Drinks").RequireAuthorization();
        drinks.MapGet("/", ListDrinksAsync).WithSummary("Drinks whose diary day is between from and to (both included)");
        drinks.MapPost("/", CreateDrinkAsync).WithSummary("Log a drink");
        drinks.MapDelete("/{id:guid}", DeleteDrinkAsync).WithSummary("Delete a drink");

        var days = app.MapGroup("/api/hydration").WithTags("Drinks").RequireAuthorization();
        days.MapGet("/days/{date}", GetDayAsync).WithSummary("One diary day's drinks against the goal or limit");
        days.MapGet("/days", ListDaysAsync).WithSummary("Each diary day's drinks against the goal or limit");
        return app;
    }

    private static async Task<Results<Ok<List<DrinkResponse>>, ValidationProblem>> ListDrinksAsync(
        string? from, string? to, DrinkService drinks, ProfileService profiles, DiaryOwner owner, CancellationToken ct)
    {
        var range = await profiles.ParseRangeAsync(owner.Id, from, to, ct);
        if (!range.IsValid)
        {
            return Problems.Validation(range.Errors!);
        }
        return TypedResults.Ok((await drinks.ListAsync(owner.Id, range.Value!, ct)).ConvertAll(d => d.ToResponse()));
    }

    private static async Task<Results<Created<DrinkResponse>, Ok<DrinkResponse>, ValidationProblem, ProblemHttpResult>> CreateDrinkAsync(
        DrinkRequest request, DrinkService drinks, DiaryOwner owner, CancellationToken ct)
    {
        var outcome = await drinks.CreateAsync(owner.Id, request.Id, request.ToInput(), ct);
        return outcome.Kind switch
        {
            OutcomeKind.Created => TypedResults.Created($"/api/drinks/{outcome.Value!.Id}", outcome.Value.ToResponse()),
            OutcomeKind.AlreadyStored => TypedResults.Ok(outcome.Value!.ToResponse()),
            OutcomeKind.IdTaken or OutcomeKind.StoredDiffers => OutcomeOfCreate.IdConflict(outcome.Kind),
            _ => Problems.Validation(outcome.Errors!),
        };
    }

    private static async Task<Results<NoContent, NotFound>> DeleteDrinkAsync(Guid id, DrinkService drinks, DiaryOwner owner, CancellationToken ct) =>
        await drinks.DeleteAsync(owner.Id, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<HydrationDayResponse>, ValidationProblem>> GetDayAsync(
        string date, DrinkService drinks, DiaryOwner owner, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (DiaryDayRange.ParseDate(date, "date", errors) is not { } day)
        {
            return Problems.Validation(errors);
        }
        return TypedResults.Ok((await drinks.DayAsync(owner.Id, day, ct)).ToResponse());
    }

    private static async Task<Results<Ok<List<HydrationDayResponse>>, ValidationProblem>> ListDaysAsync(
        string? from, string? to, DrinkService drinks, ProfileService profiles, DiaryOwner owner, CancellationToken ct)
    {
        var range = await profiles.ParseRangeAsync(owner.Id, from, to, ct);
        if (!range.IsValid)
        {
            return Problems.Validation(range.Errors!);
        }
        return TypedResults.Ok((await drinks.DaysAsync(owner.Id, range.Value!, ct)).ConvertAll(d => d.ToResponse()));
    }
}

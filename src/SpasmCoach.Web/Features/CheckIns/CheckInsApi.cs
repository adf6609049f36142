using Microsoft.AspNetCore.Http.HttpResults;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.CheckIns;

public static class CheckInsApi
{
    public static RouteGroupBuilder MapCheckIns(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/checkins").WithTags("Check-ins").RequireAuthorization();
        group.MapGet("/", ListCheckInsAsync).WithSummary("Check-ins for diary days from..to (both included)");
        group.MapGet("/{date}", GetCheckInAsync).WithSummary("The check-in for one diary day");
        group.MapPut("/{date}", PutCheckInAsync).WithSummary("Create or replace the check-in for a diary day (at least one answer)");
        group.MapDelete("/{date}", DeleteCheckInAsync).WithSummary("Delete the check-in for a diary day");
        return group;
    }

    private static async Task<Results<Ok<List<CheckInResponse>>, ValidationProblem>> ListCheckInsAsync(
        string? from, string? to, CheckInService checkIns, ProfileService profiles, DiaryOwner owner, CancellationToken ct)
    {
        var range = await profiles.ParseRangeAsync(owner.Id, from, to, ct);
        if (!range.IsValid)
        {
            return Problems.Validation(range.Errors!);
        }
        return TypedResults.Ok((await checkIns.ListAsync(owner.Id, range.Value!, ct)).ConvertAll(c => c.ToResponse()));
    }

    private static async Task<Results<Ok<CheckInResponse>, NotFound, ValidationProblem>> GetCheckInAsync(
        string date, CheckInService checkIns, DiaryOwner owner, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (DiaryDayRange.ParseDate(date, "date", errors) is not { } day)
        {
            return Problems.Validation(errors);
        }
        return await checkIns.GetAsync(owner.Id, day, ct) is { } checkIn ? TypedResults.Ok(checkIn.ToResponse()) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<CheckInResponse>, ValidationProblem>> PutCheckInAsync(
        string date, CheckInRequest request, CheckInService checkIns, DiaryOwner owner, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (DiaryDayRange.ParseDate(date, "date", errors) is not { } day)
        {
            return Problems.Validation(errors);
        }
        // No answers is always a 400, stored day or not: a client sending a cleared form must not delete the day.
        var outcome = await checkIns.SaveAsync(owner.Id, day, request.ToInput(), ct);
        return outcome.Kind == OutcomeKind.Invalid ? Problems.Validation(outcome.Errors!) : TypedResults.Ok(outcome.Value!.ToResponse());
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteCheckInAsync(
        string date, CheckInService checkIns, DiaryOwner owner, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (DiaryDayRange.ParseDate(date, "date", errors) is not { } day)
        {
            return Problems.Validation(errors);
        }
        return await checkIns.DeleteAsync(owner.Id, day, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}

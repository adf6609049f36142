using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpasmCoach.Persistence;

namespace SpasmCoach.Web.Features.Health;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("up"))).WithTags("Health").WithSummary("The process is up");
        app.MapGet("/readyz", ReadyAsync).WithTags("Health").WithSummary("The database answers");
        return app;
    }

    private static async Task<Results<Ok<HealthStatus>, ProblemHttpResult>> ReadyAsync(IDbContextFactory<SpasmCoachDbContext> contexts, CancellationToken ct)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (await db.Database.CanConnectAsync(ct))
            {
                return TypedResults.Ok(new HealthStatus("ready"));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Reported as 503 below; the reason is in the database's own log.
        }
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The database does not answer.");
    }
}

/// <summary><c>{"status":"up"}</c> or <c>{"status":"ready"}</c>.</summary>
public sealed record HealthStatus(string Status);

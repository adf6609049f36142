using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SpasmCoach.Persistence;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// Whether a signed-in account still exists, so a bearer token of a deleted account (good until it expires) is answered
/// "This account no longer exists." on reads too, not with an empty diary; and a cookie of one on another device (good
/// until its next re-validation, within a minute) signs out rather than showing an empty diary.
/// </summary>
/// <remarks>
/// Not a database query per request: the API's reads are benchmarked at tens of thousands a second. Each process keeps
/// the ids it has found in the database, each for <see cref="RecheckAfter"/>, and forgets one the moment it deletes that
/// account (AccountDeletion) or a write finds it gone (<see cref="Problems"/>). So on this process a
/// deleted account's token stops at once; on another process (several nodes on PostgreSQL) within a minute, as a
/// cookie does (SecurityStampValidatorOptions), and its writes at once by the foreign key. One id and one time per
/// account in use: a few bytes per person.
/// </remarks>
public sealed class ExistingAccounts(IDbContextFactory<SpasmCoachDbContext> contexts, IClock clock)
{
    public static readonly Duration RecheckAfter = Duration.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Instant> _foundAt = new(StringComparer.Ordinal);

    // Counts calls of Forget: a check that began before one may have read an account deleted since, so its answer is
    // not kept (otherwise a deleted account's token could read an empty diary for another minute).
    private long _forgets;

    public async ValueTask<bool> ExistsAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        if (_foundAt.TryGetValue(userId, out var found) && now - found < RecheckAfter)
        {
            return true;
        }
        var forgets = Interlocked.Read(ref _forgets);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            _foundAt.TryRemove(userId, out _);
            return false;
        }
        if (Interlocked.Read(ref _forgets) == forgets)
        {
            _foundAt[userId] = now;
        }
        return true;
    }

    public void Forget(string userId)
    {
        Interlocked.Increment(ref _forgets);
        _foundAt.TryRemove(userId, out _);
    }
}

public static class DeletedAccountRefusal
{
    /// <summary>
    /// Answers a request to an endpoint that needs a signed-in account, from an account that no longer exists, before
    /// it reads or writes anything: a 401 problem+json on the API, sign-out and the "deleted" page for a browser. A write
    /// that slips past (deleted on another node within the minute) is refused by the foreign key and answered the same.
    /// </summary>
    public static IApplicationBuilder UseDeletedAccountRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            && context.GetEndpoint()?.Metadata is { } metadata
            && metadata.GetMetadata<IAuthorizeData>() is not null && metadata.GetMetadata<IAllowAnonymous>() is null
            && !await context.RequestServices.GetRequiredService<ExistingAccounts>().ExistsAsync(userId, context.RequestAborted))
        {
            await Problems.AnswerAccountGoneAsync(context, context.Request.Path);
            return;
        }
        await next(context);
    });
}

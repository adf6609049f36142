using Microsoft.EntityFrameworkCore;
using SpasmCoach.Core;

namespace SpasmCoach.Persistence.Writing;

/// <summary>What a create with a client-made id did.</summary>
public enum CreateResult
{
    Created,

    /// <summary>The same owner already stored a record with this id and this content: the stored one is returned (a safe replay).</summary>
    AlreadyStored,

    /// <summary>
    /// The same owner already stored a record with this id but other content: nothing is changed, and the stored one is
    /// returned for the caller to judge (a change must be a replace, not a create sent again).
    /// </summary>
    StoredDiffers,

    /// <summary>The id belongs to another person's record; nothing is said about it.</summary>
    IdTaken,
}

public static class CreateOnceExtensions
{
    /// <summary>
    /// Stores <paramref name="record"/> unless its client-made id is already taken, so an offline queue can send the
    /// same create again and get the stored record back. Two replays racing on PostgreSQL: the loser's unique-key
    /// error is answered like a replay.
    /// </summary>
    /// <param name="add">How the record joins the unit when it is new; EF's <c>Add</c> unless given.</param>
    /// <param name="sameContent">
    /// Whether a stored record of this owner says what this create says; unless given, <see cref="RecordContent.Same"/>
    /// with <paramref name="record"/>.
    /// </param>
    public static async Task<(CreateResult Result, T Record)> CreateOnceAsync<T>(
        this IDiaryWriter writer, IDbContextFactory<SpasmCoachDbContext> contexts, T record, bool clientMadeId, CancellationToken ct,
        Func<SpasmCoachDbContext, T, CancellationToken, Task>? add = null, Func<T, bool>? sameContent = null)
        where T : class, IOwnedRecord
    {
        try
        {
            return await writer.WriteAsync(async (db, token) =>
            {
                if (clientMadeId && await FindAsync<T>(db, record.Id, token) is { } stored)
                {
                    return Judge(stored);
                }
                if (add is null)
                {
                    db.Set<T>().Add(record);
                }
                else
                {
                    await add(db, record, token);
                }
                return (CreateResult.Created, record);
            }, ct);
        }
        catch (DbUpdateException) when (clientMadeId)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (await FindAsync<T>(db, record.Id, ct) is { } stored)
            {
                return Judge(stored);
            }
            throw;
        }

        (CreateResult, T) Judge(T stored) => (
            stored.UserId != record.UserId ? CreateResult.IdTaken
            : (sameContent ?? (s => RecordContent.Same(s, record)))(stored) ? CreateResult.AlreadyStored
            : CreateResult.StoredDiffers,
            stored);
    }

    private static Task<T?> FindAsync<T>(SpasmCoachDbContext db, Guid id, CancellationToken ct) where T : class =>
        db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => EF.Property<Guid>(r, "Id") == id, ct);
}

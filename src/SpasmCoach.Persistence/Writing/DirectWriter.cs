using Microsoft.EntityFrameworkCore;

namespace SpasmCoach.Persistence.Writing;

/// <summary>One context and one transaction per unit: right for a server database with row-level locking.</summary>
public sealed class DirectWriter(IDbContextFactory<SpasmCoachDbContext> contexts) : IDiaryWriter
{
    public async Task<T> WriteAsync<T>(Func<SpasmCoachDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var result = await work(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}

namespace SpasmCoach.Persistence.Writing;

/// <summary>
/// Runs a unit of diary writing: <c>work</c> reads and changes entities on the context it is given and returns its
/// result; the writer saves and commits, and the returned task completes only once the change is durable.
/// </summary>
/// <remarks>
/// On PostgreSQL each unit runs on its own context. On SQLite, which allows one writer at a time, units are queued to
/// a single writer that commits them in small groups (<see cref="GroupCommitWriter"/>).
/// </remarks>
public interface IDiaryWriter
{
    Task<T> WriteAsync<T>(Func<SpasmCoachDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);
}

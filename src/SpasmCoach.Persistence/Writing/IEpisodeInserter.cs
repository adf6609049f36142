using SpasmCoach.Core.Episodes;

namespace SpasmCoach.Persistence.Writing;

/// <summary>
/// Adds a new episode inside a write unit (<see cref="IDiaryWriter"/>); the writer saves and commits as for any unit.
/// </summary>
/// <remarks>
/// On PostgreSQL EF adds it (<see cref="EfEpisodeInserter"/>). On SQLite, where a new cramp is the diary's hottest
/// write, it is one prepared INSERT (<see cref="SqliteEpisodeInserter"/>): EF's change tracking and update pipeline
/// were most of the write's cost and, compiled for the hot path, several MB of the idle working set
/// (docs/performance.md).
/// </remarks>
public interface IEpisodeInserter
{
    Task AddAsync(SpasmCoachDbContext db, Episode episode, CancellationToken cancellationToken);
}

public sealed class EfEpisodeInserter : IEpisodeInserter
{
    public Task AddAsync(SpasmCoachDbContext db, Episode episode, CancellationToken cancellationToken)
    {
        db.Episodes.Add(episode);
        return Task.CompletedTask;
    }
}

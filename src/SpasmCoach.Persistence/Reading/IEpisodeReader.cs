using NodaTime;
using SpasmCoach.Core.Episodes;

namespace SpasmCoach.Persistence.Reading;

/// <summary>
/// The diary's hottest read: one owner's episodes whose diary day is between <c>from</c> and <c>to</c> (both included),
/// oldest start first, untracked.
/// </summary>
/// <remarks>
/// On PostgreSQL this is a compiled EF query (<see cref="EfEpisodeReader"/>). On SQLite, where EF's materialisation
/// of text-stored dates and codes cost most of the request, it is a plain ADO.NET read (<see cref="SqliteEpisodeReader"/>).
/// </remarks>
public interface IEpisodeReader
{
    Task<List<Episode>> InRangeAsync(string ownerId, LocalDate from, LocalDate to, CancellationToken cancellationToken = default);
}

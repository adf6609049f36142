using Microsoft.Data.Sqlite;

namespace SpasmCoach.Persistence.Reading;

/// <summary>
/// SQLite's idle connections (Microsoft.Data.Sqlite's pool and the episode reader's prepared queries), each with its
/// own page cache of up to 2 MB. Closing them costs the next request a reopen and a prepare, about a millisecond.
/// </summary>
public sealed class SqliteIdleMemory(SqliteEpisodeReader reader) : IIdleMemory
{
    public void Release()
    {
        reader.ReleaseIdle();
        SqliteConnection.ClearAllPools();
    }
}

using Microsoft.Data.Sqlite;
using Npgsql;
using SpasmCoach.Persistence;

namespace SpasmCoach.Web.Tests;

/// <summary>A database that belongs to one <see cref="SpasmCoachApplication"/> and disappears with it.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>When non-empty, a base Npgsql connection string: the suite then runs on PostgreSQL.</summary>
    public const string PostgresVariable = "SPASMCOACH_TEST_POSTGRES";

    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>PostgreSQL when <see cref="PostgresVariable"/> is set, otherwise SQLite in memory.</summary>
    public static TestDatabase ForEnvironment() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } postgres
            ? new PostgresTestDatabase(postgres)
            : new SqliteMemoryTestDatabase();

    public abstract ValueTask DisposeAsync();
}

/// <summary>A shared-cache in-memory SQLite database, kept alive by one connection held open for its lifetime.</summary>
public sealed class SqliteMemoryTestDatabase : TestDatabase
{
    private readonly SqliteConnection _keepAlive;

    public SqliteMemoryTestDatabase()
    {
        ConnectionString = $"Data Source=file:{Guid.NewGuid():N}?mode=memory&cache=shared";
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString { get; }

    public override async ValueTask DisposeAsync() => await _keepAlive.DisposeAsync();
}

/// <summary>A SQLite database file in a temporary folder, for what only a file shows (WAL, synchronous).</summary>
public sealed class SqliteFileTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spasmcoach-webtests-").FullName;

    public SqliteFileTestDatabase() => ConnectionString = $"Data Source={Path.Combine(_folder, "spasmcoach.db")}";

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString { get; }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A fresh PostgreSQL database per application; the app's migrations create it, disposal drops it.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _baseConnectionString;
    private readonly string _name = "spasmcoach_test_" + Guid.NewGuid().ToString("N");

    public PostgresTestDatabase(string baseConnectionString)
    {
        _baseConnectionString = baseConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(baseConnectionString) { Database = _name }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString { get; }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_baseConnectionString);
        await connection.OpenAsync();
        // Ends this role's leftover sessions; DROP ... WITH (FORCE) would also need rights over autovacuum workers,
        // which a plain DROP stops by itself.
        await using (var terminate = new NpgsqlCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND usename = current_user AND pid <> pg_backend_pid()", connection))
        {
            terminate.Parameters.AddWithValue("name", _name);
            await terminate.ExecuteNonQueryAsync();
        }
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\"", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

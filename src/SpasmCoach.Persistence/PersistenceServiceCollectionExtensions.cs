using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SpasmCoach.Persistence.Providers;
using SpasmCoach.Persistence.Reading;
using SpasmCoach.Persistence.Writing;

namespace SpasmCoach.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the diary is stored: <c>Database:Provider</c> and <c>ConnectionStrings:SpasmCoach</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=data/spasmcoach.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{providerText}'.");
        var connectionString = configuration.GetConnectionString("SpasmCoach");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqlite
                : throw new InvalidOperationException("ConnectionStrings:SpasmCoach is required for PostgreSQL.");
        }
        return new DatabaseSettings(provider, connectionString);
    }
}

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the diary database: a pooled context factory for the chosen provider, a scoped
    /// <see cref="SpasmCoachDbContext"/> leased from it, and the <see cref="IDiaryWriter"/>,
    /// <see cref="IEpisodeReader"/> and <see cref="IEpisodeInserter"/> that suit the provider.
    /// </summary>
    public static IServiceCollection AddSpasmCoachPersistence(this IServiceCollection services, DatabaseSettings settings)
    {
        services.TryAddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(settings.ConnectionString);
            services.AddPooledDbContextFactory<SqliteSpasmCoachDbContext>(o => o.UseSqlite(settings.ConnectionString));
            services.AddSingleton<IDbContextFactory<SpasmCoachDbContext>>(sp =>
                new Upcast<SqliteSpasmCoachDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteSpasmCoachDbContext>>()));
            services.AddSingleton<IDiaryWriter, GroupCommitWriter>();
            services.AddSingleton<SqliteEpisodeReader>();
            services.AddSingleton<IEpisodeReader>(sp => sp.GetRequiredService<SqliteEpisodeReader>());
            services.AddSingleton<IIdleMemory, SqliteIdleMemory>();
            services.AddSingleton<IEpisodeInserter, SqliteEpisodeInserter>();
        }
        else
        {
            services.AddPooledDbContextFactory<PostgresSpasmCoachDbContext>(o => o.UseNpgsql(settings.ConnectionString));
            services.AddSingleton<IDbContextFactory<SpasmCoachDbContext>>(sp =>
                new Upcast<PostgresSpasmCoachDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresSpasmCoachDbContext>>()));
            services.AddSingleton<IDiaryWriter, DirectWriter>();
            services.AddSingleton<IEpisodeReader, EfEpisodeReader>();
            services.AddSingleton<IEpisodeInserter, EfEpisodeInserter>();
        }
        // Identity and the pages use a scoped context leased from the same pool.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Applies the provider's migrations; on SQLite also turns on write-ahead logging (it persists in the file).</summary>
    /// <remarks>
    /// Migrate runs only when a migration is pending: reading the history table is cheap, while Migrate itself builds
    /// the model and the snapshot's model to compare them, code that then stays in memory for the life of the process
    /// (docs/performance.md). Pending model changes are caught by the migration tests instead.
    /// </remarks>
    public static async Task MigrateSpasmCoachDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private sealed class Upcast<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<SpasmCoachDbContext>
        where TContext : SpasmCoachDbContext
    {
        public SpasmCoachDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<SpasmCoachDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}

using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NodaTime;
using SpasmCoach.Core.CheckIns;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Persistence;
using SpasmCoach.Persistence.Providers;
using SpasmCoach.Persistence.Writing;

namespace SpasmCoach.Web.Tests.Persistence;

public sealed class DatabaseTests(SpasmCoachApplication app, SqliteFileApplication file)
    : IClassFixture<SpasmCoachApplication>, IClassFixture<SqliteFileApplication>
{
    [Fact]
    public async Task App_Started_UsesTheDatabaseTheTestGaveIt()
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        Assert.Equal(app.Database.Provider, settings.Provider);
        Assert.Equal(app.Database.ConnectionString, settings.ConnectionString);
        var email = SpasmCoachApplication.NewEmail();
        using var _ = await app.CreateClientAsync(email);

        await using var connection = OpenRaw(app.Database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = @email";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "email";
        parameter.Value = email.ToUpperInvariant();
        command.Parameters.Add(parameter);
        Assert.Equal(1L, Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Migrations_ProviderInUse_AreAllAppliedAndMatchTheModel()
    {
        await using var db = await CreateContextAsync(app);

        Assert.Equal(app.Database.Provider == DatabaseProvider.Sqlite, db.Database.IsSqlite());
        Assert.Equal(app.Database.Provider == DatabaseProvider.Postgres, db.Database.IsNpgsql());
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Migrations_BothProviders_MatchTheModel()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite migrations are behind the model");
        Assert.False(postgres.Database.HasPendingModelChanges(), "PostgreSQL migrations are behind the model");
    }

    /// <summary>
    /// Check-ins stored with no answer, before the rules asked for one, are removed on upgrade; the rest stay. On the
    /// provider in use, in a database of its own.
    /// </summary>
    [Fact]
    public async Task RemoveEmptyCheckInsMigration_DeletesOnlyCheckInsWithoutAnswers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = TestDatabase.ForEnvironment();
        await using SpasmCoachDbContext db = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteSpasmCoachDbContext(new DbContextOptionsBuilder<SqliteSpasmCoachDbContext>().UseSqlite(database.ConnectionString).Options)
            : new PostgresSpasmCoachDbContext(new DbContextOptionsBuilder<PostgresSpasmCoachDbContext>().UseNpgsql(database.ConnectionString).Options);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_RemoveEmptyCheckIns", StringComparison.Ordinal)) - 1], ct);
        var user = new AppUser { UserName = "someone" };
        db.Users.Add(user);
        db.CheckIns.AddRange(
            new CheckIn { UserId = user.Id, Date = new LocalDate(2026, 11, 17) },
            new CheckIn { UserId = user.Id, Date = new LocalDate(2026, 11, 18), Notes = " " },
            new CheckIn { UserId = user.Id, Date = new LocalDate(2026, 11, 19), KneeSwelling = false },
            new CheckIn { UserId = user.Id, Date = new LocalDate(2026, 11, 20), Notes = "slept badly" });
        await db.SaveChangesAsync(ct);

        await migrator.MigrateAsync(cancellationToken: ct);

        Assert.Equal([new LocalDate(2026, 11, 19), new LocalDate(2026, 11, 20)], await db.CheckIns.AsNoTracking().OrderBy(c => c.Date).Select(c => c.Date).ToListAsync(ct));
    }

    [Fact]
    public async Task Sqlite_FileAfterStartUp_IsInWalMode()
    {
        await using var db = await CreateContextAsync(file);
        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));

        await using var fresh = new SqliteConnection(file.Database.ConnectionString);
        await fresh.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = fresh.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sqlite_AppConnections_SynchronousIsFull()
    {
        await using var db = await CreateContextAsync(file);

        Assert.Equal("2", await PragmaAsync(db, "synchronous"));
    }

    [Fact]
    public async Task GroupCommitWriter_50ConcurrentWrites_AllLand()
    {
        var writer = Assert.IsType<GroupCommitWriter>(file.Services.GetRequiredService<IDiaryWriter>());
        var userId = await CreateUserAsync(file);

        var ids = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => writer.WriteAsync((db, _) =>
        {
            var episode = NewEpisode(userId, i);
            db.Episodes.Add(episode);
            return Task.FromResult(episode.Id);
        }, TestContext.Current.CancellationToken)));

        await using var check = await CreateContextAsync(file);
        var stored = await check.Episodes.Where(e => e.UserId == userId).Select(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(ids.Order(), stored.Order());
    }

    [Fact]
    public async Task DiaryWriter_ProviderInUse_50ConcurrentWritesAllLand()
    {
        var writer = app.Services.GetRequiredService<IDiaryWriter>();
        var userId = await CreateUserAsync(app);

        var ids = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => writer.WriteAsync((db, _) =>
        {
            var episode = NewEpisode(userId, i);
            db.Episodes.Add(episode);
            return Task.FromResult(episode.Id);
        }, TestContext.Current.CancellationToken)));

        await using var check = await CreateContextAsync(app);
        Assert.Equal(50, await check.Episodes.CountAsync(e => e.UserId == userId && ids.Contains(e.Id), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GroupCommitWriter_UnitThatThrows_FailsOnlyItsOwnCaller()
    {
        var ct = TestContext.Current.CancellationToken;
        var writer = Assert.IsType<GroupCommitWriter>(file.Services.GetRequiredService<IDiaryWriter>());
        var userId = await CreateUserAsync(file);
        var existing = NewEpisode(userId, 0);
        await writer.WriteAsync((db, _) => { db.Episodes.Add(existing); return Task.FromResult(0); }, ct);
        var savedThenThrew = NewEpisode(userId, 1);
        var beforeDuplicate = NewEpisode(userId, 2);

        // The first unit holds the single writer so that the rest queue up and commit as one group.
        var blocker = writer.WriteAsync(async (_, token) => { await Task.Delay(300, token); return Guid.Empty; }, ct);
        var units = new List<Task<Guid>>();
        for (var i = 0; i < 20; i++)
        {
            var episode = NewEpisode(userId, 10 + i);
            units.Add(writer.WriteAsync((db, _) => { db.Episodes.Add(episode); return Task.FromResult(episode.Id); }, ct));
            if (i == 5)
            {
                units.Add(writer.WriteAsync<Guid>(async (db, token) =>
                {
                    db.Episodes.Add(savedThenThrew);
                    await db.SaveChangesAsync(token);
                    throw new InvalidOperationException("unit failed after saving");
                }, ct));
            }
            if (i == 12)
            {
                units.Add(writer.WriteAsync((db, _) =>
                {
                    db.Episodes.Add(beforeDuplicate);
                    db.Episodes.Add(NewEpisode(userId, 99, existing.Id));
                    return Task.FromResult(beforeDuplicate.Id);
                }, ct));
            }
        }
        await blocker;
        var outcomes = await Task.WhenAll(units.Select(async u =>
        {
            try
            {
                return (Id: await u, Error: (Exception?)null);
            }
            catch (Exception ex)
            {
                return (Id: Guid.Empty, Error: ex);
            }
        }));

        Assert.Equal(2, outcomes.Count(o => o.Error is not null));
        Assert.IsType<InvalidOperationException>(outcomes[6].Error);
        Assert.IsType<DbUpdateException>(outcomes[14].Error);
        await using var check = await CreateContextAsync(file);
        var stored = await check.Episodes.Where(e => e.UserId == userId).Select(e => e.Id).ToListAsync(ct);
        var succeeded = outcomes.Where(o => o.Error is null).Select(o => o.Id).ToList();
        Assert.Equal(20, succeeded.Count);
        Assert.Equal(succeeded.Append(existing.Id).Order(), stored.Order());
    }

    private static Episode NewEpisode(string userId, int minutes, Guid? id = null)
    {
        var local = new LocalDateTime(2026, 11, 19, 8, 0).PlusMinutes(minutes);
        return new Episode
        {
            Id = id ?? Guid.NewGuid(),
            UserId = userId,
            StartedAtLocal = local,
            StartedAt = local.InUtc().ToInstant(),
            DiaryDay = local.Date,
            Muscle = Muscle.Calf,
            Side = Side.Left,
            CreatedAt = SpasmCoachApplication.DefaultNow,
            UpdatedAt = SpasmCoachApplication.DefaultNow,
        };
    }

    private static async Task<string> CreateUserAsync(SpasmCoachApplication application)
    {
        await using var scope = application.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = SpasmCoachApplication.NewEmail();
        var user = new AppUser { UserName = email, Email = email };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        return user.Id;
    }

    private static async Task<SpasmCoachDbContext> CreateContextAsync(SpasmCoachApplication application) =>
        await application.Services.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    private static async Task<string> PragmaAsync(SpasmCoachDbContext db, string pragma)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {pragma}";
            return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture)!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbConnection OpenRaw(TestDatabase database) => database.Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(database.ConnectionString)
        : new NpgsqlConnection(database.ConnectionString);
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Persistence;
using SpasmCoach.Persistence.Writing;
using Xunit;

namespace SpasmCoach.Web.Tests.Persistence;

/// <summary>
/// The SQLite insert of a new episode is hand-written for speed; these store the same episodes through EF into one
/// file and through the insert into another, and prove the two tables hold the same values, stored the same way.
/// </summary>
public sealed class SqliteEpisodeInserterTests : IAsyncLifetime
{
    private const string Owner = "3c0ffee0-0000-4000-8000-000000000001";

    private readonly Database _ef = new();
    private readonly Database _sqlite = new();

    public async ValueTask InitializeAsync()
    {
        await _ef.StartAsync();
        await _sqlite.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _ef.DisposeAsync();
        await _sqlite.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task AddAsync_EveryKindOfEpisode_StoredExactlyAsEfStoresIt()
    {
        var start = Instant.FromUtc(2026, 3, 1, 2, 30);
        List<Episode> Episodes() =>
        [
            Make(1, start, e => { }),
            Make(2, start.Plus(Duration.FromDays(3)), e =>
            {
                e.Severity = 10;
                e.Activity = Activity.AsleepOrLying;
                e.ReliefTried = [ReliefMethod.Stretch, ReliefMethod.Heat, ReliefMethod.Walking];
                e.HelpedBy = ReliefMethod.Heat;
                e.TimeToReliefSeconds = 95;
                e.SorenessAfter = 0;
                e.Notes = "Wadenkrampf, \"schlimm\" | <b>nachts</b> — 痛い 😖\nzweite Zeile";
            }),
            Make(3, start.Plus(Duration.FromDays(4)), e => { e.DurationSeconds = null; e.Severity = null; e.Notes = ""; }),
            Make(4, start.Plus(Duration.FromDays(5) + Duration.FromTicks(1_234_567)), e => { e.Side = Side.Both; e.Muscle = Muscle.Other; }),
            Make(5, start.Plus(Duration.FromMilliseconds(500)), e => { e.ReliefTried = [ReliefMethod.Nothing]; e.Activity = Activity.Exercising; }),
            Make(6, Instant.FromUtc(2026, 10, 25, 0, 30), e => { e.StartedAtLocal = new LocalDateTime(2026, 10, 25, 1, 30); e.DiaryDay = new LocalDate(2026, 10, 24); }),
        ];

        foreach (var episode in Episodes())
        {
            await _ef.AddAsync(new EfEpisodeInserter(), episode);
        }
        foreach (var episode in Episodes())
        {
            await _sqlite.AddAsync(new SqliteEpisodeInserter(), episode);
        }

        var expected = await _ef.DumpAsync();
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected, await _sqlite.DumpAsync());
    }

    [Fact]
    public async Task AddAsync_FailingUnit_RolledBackWithTheRestOfItsUnit()
    {
        var writer = _sqlite.Services.GetRequiredService<IDiaryWriter>();
        var inserter = new SqliteEpisodeInserter();

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync<bool>(async (db, ct) =>
        {
            await inserter.AddAsync(db, Make(1, Instant.FromUtc(2026, 3, 1, 8, 0), e => { }), ct);
            throw new InvalidOperationException("the unit fails after the insert");
        }, TestContext.Current.CancellationToken));

        Assert.Empty(await _sqlite.DumpAsync());
    }

    private static Episode Make(int n, Instant startedAt, Action<Episode> change)
    {
        var local = startedAt.InUtc().LocalDateTime;
        var episode = new Episode
        {
            Id = new Guid($"0193a000-0000-7000-8000-{n:D12}"),
            UserId = Owner,
            StartedAtLocal = local,
            StartedAt = startedAt,
            DiaryDay = local.Date,
            DurationSeconds = 60,
            Muscle = Muscle.Calf,
            Side = Side.Left,
            Severity = 5,
            CreatedAt = startedAt.Plus(Duration.FromSeconds(1)),
            UpdatedAt = startedAt.Plus(Duration.FromTicks(2_000_001)),
        };
        change(episode);
        return episode;
    }

    private sealed class Database : IAsyncDisposable
    {
        private readonly string _file = Path.Combine(Path.GetTempPath(), $"spasmcoach-inserter-{Guid.NewGuid():N}.db");

        public ServiceProvider Services { get; private set; } = null!;

        public async Task StartAsync()
        {
            Services = new ServiceCollection()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
                .AddLogging()
                .AddSpasmCoachPersistence(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_file}"))
                .BuildServiceProvider();
            await Services.MigrateSpasmCoachDatabaseAsync(TestContext.Current.CancellationToken);
            await using var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
            db.Users.Add(new AppUser { Id = Owner, UserName = "inserter@example.test" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        private IDbContextFactory<SpasmCoachDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>();

        /// <summary>Through the app's writer, as a POST does: one unit, its own savepoint, committed.</summary>
        public Task AddAsync(IEpisodeInserter inserter, Episode episode) =>
            Services.GetRequiredService<IDiaryWriter>().CreateOnceAsync(
                Contexts, episode, clientMadeId: false, TestContext.Current.CancellationToken, inserter.AddAsync);

        /// <summary>Every column of every row as SQLite holds it: its storage class and its SQL literal.</summary>
        public async Task<List<string>> DumpAsync()
        {
            await using var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            var columns = new List<string>();
            await using (var info = connection.CreateCommand())
            {
                info.CommandText = """SELECT name FROM pragma_table_info('Episodes') ORDER BY cid""";
                await using var reader = await info.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    columns.Add(reader.GetString(0));
                }
            }
            Assert.Equal(17, columns.Count);
            await using var select = connection.CreateCommand();
            select.CommandText = "SELECT " + string.Join(" || ' ; ' || ", columns.Select(c => $"'{c}=' || typeof(\"{c}\") || ':' || quote(\"{c}\")"))
                + """ FROM "Episodes" ORDER BY "Id" """;
            var rows = new List<string>();
            await using (var reader = await select.ExecuteReaderAsync(TestContext.Current.CancellationToken))
            {
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    rows.Add(reader.GetString(0));
                }
            }
            return rows;
        }

        public async ValueTask DisposeAsync()
        {
            await Services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Persistence;
using SpasmCoach.Persistence.Reading;
using Xunit;

namespace SpasmCoach.Web.Tests.Persistence;

/// <summary>
/// The SQLite range read is hand-written ADO.NET for speed; these prove it returns exactly what the compiled EF query
/// returns, field by field and in the same order, on the same file.
/// </summary>
public sealed class SqliteEpisodeReaderTests : IAsyncLifetime
{
    private static readonly LocalDate From = new(2026, 3, 1);
    private static readonly LocalDate To = new(2026, 3, 31);

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"spasmcoach-reader-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private SqliteEpisodeReader _sqlite = null!;
    private EfEpisodeReader _ef = null!;

    public async ValueTask InitializeAsync()
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_file}");
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddSpasmCoachPersistence(settings)
            .BuildServiceProvider();
        await _services.MigrateSpasmCoachDatabaseAsync(TestContext.Current.CancellationToken);
        _sqlite = new SqliteEpisodeReader(settings);
        _ef = new EfEpisodeReader(_services.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>());
    }

    public async ValueTask DisposeAsync()
    {
        _sqlite.Dispose();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task InRangeAsync_EveryKindOfEpisode_SameAsEfQuery()
    {
        var owner = await AddUserAsync();
        var other = await AddUserAsync();
        var start = Instant.FromUtc(2026, 3, 1, 2, 30);
        var episodes = new List<Episode>
        {
            Make(owner, start, e => { }),
            Make(owner, start.Plus(Duration.FromDays(3)), e =>
            {
                e.Severity = 10;
                e.Activity = Activity.AsleepOrLying;
                e.ReliefTried = [ReliefMethod.Stretch, ReliefMethod.Heat, ReliefMethod.Walking];
                e.HelpedBy = ReliefMethod.Heat;
                e.TimeToReliefSeconds = 95;
                e.SorenessAfter = 0;
                e.Notes = "Wadenkrampf, \"schlimm\" | <b>nachts</b> — 痛い 😖\nzweite Zeile";
            }),
            Make(owner, start.Plus(Duration.FromDays(4)), e => { e.DurationSeconds = null; e.Severity = null; }),
            // Sub-second instants, and two at the same instant (their order must match too).
            Make(owner, start.Plus(Duration.FromDays(5) + Duration.FromTicks(1_234_567)), e => e.Side = Side.Both),
            Make(owner, start.Plus(Duration.FromDays(6) + Duration.FromMilliseconds(500)), e => e.Muscle = Muscle.Quadriceps),
            Make(owner, start.Plus(Duration.FromDays(7)), e => e.Muscle = Muscle.Hamstrings),
            Make(owner, start.Plus(Duration.FromDays(7)), e => e.Muscle = Muscle.Shin),
            Make(owner, start.Plus(Duration.FromDays(8)), e => { e.ReliefTried = [ReliefMethod.Nothing]; e.Notes = ""; }),
            // The range's last day is included; the days either side are not; another owner's never are.
            Make(owner, Instant.FromUtc(2026, 3, 31, 23, 0), e => { }),
            Make(owner, Instant.FromUtc(2026, 4, 1, 12, 0), e => { }),
            Make(owner, Instant.FromUtc(2026, 2, 28, 12, 0), e => { }),
            Make(other, start.Plus(Duration.FromDays(2)), e => { }),
        };
        await AddAsync(episodes);

        var expected = await _ef.InRangeAsync(owner, From, To, TestContext.Current.CancellationToken);
        var actual = await _sqlite.InRangeAsync(owner, From, To, TestContext.Current.CancellationToken);

        Assert.Equal(9, expected.Count);
        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    [Fact]
    public async Task InRangeAsync_TextNotInEfsUsualForm_ReadAsEfReadsIt()
    {
        var owner = await AddUserAsync();
        await AddAsync([Make(owner, Instant.FromUtc(2026, 3, 10, 8, 15), e => { })]);
        await using (var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            // Written by hand or by another tool: ISO 'T', upper-case codes, a date-time with a fraction.
            await db.Database.ExecuteSqlRawAsync(
                """UPDATE "Episodes" SET "StartedAt" = '2026-03-10T08:15:00.25', "CreatedAt" = '2026-03-10 08:15', "Muscle" = 'CALF', "StartedAtLocal" = '2026-03-10T08:15:00.5'""",
                TestContext.Current.CancellationToken);
        }

        var expected = await _ef.InRangeAsync(owner, From, To, TestContext.Current.CancellationToken);
        var actual = await _sqlite.InRangeAsync(owner, From, To, TestContext.Current.CancellationToken);

        Assert.Single(expected);
        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    [Fact]
    public async Task InRangeAsync_ManyCallsAtOnce_EachGetsItsOwnRows()
    {
        var owners = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var owner = await AddUserAsync();
            owners.Add(owner);
            await AddAsync([.. Enumerable.Range(0, i + 1).Select(d => Make(owner, Instant.FromUtc(2026, 3, 2 + d, 12, 0), e => { }))]);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(n => Task.Run(
            () => _sqlite.InRangeAsync(owners[n % 8], From, To, TestContext.Current.CancellationToken))));

        for (var n = 0; n < results.Length; n++)
        {
            Assert.Equal(n % 8 + 1, results[n].Count);
            Assert.All(results[n], e => Assert.Equal(owners[n % 8], e.UserId));
        }
    }

    private IDbContextFactory<SpasmCoachDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>();

    private async Task<string> AddUserAsync()
    {
        var user = new AppUser { UserName = $"{Guid.NewGuid():N}@example.test" };
        await using var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        db.Users.Add(user);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return user.Id;
    }

    private async Task AddAsync(List<Episode> episodes)
    {
        await using var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        db.Episodes.AddRange(episodes);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static Episode Make(string owner, Instant startedAt, Action<Episode> change)
    {
        var local = startedAt.InUtc().LocalDateTime;
        var episode = new Episode
        {
            Id = Guid.CreateVersion7(),
            UserId = owner,
            StartedAtLocal = local,
            StartedAt = startedAt,
            DiaryDay = local.Date,
            DurationSeconds = 60,
            Muscle = Muscle.Calf,
            Side = Side.Left,
            Severity = 5,
            CreatedAt = startedAt.Plus(Duration.FromSeconds(1)),
            UpdatedAt = startedAt.Plus(Duration.FromMinutes(2)),
        };
        change(episode);
        return episode;
    }

    /// <summary>Every field, instants and local times to the tick.</summary>
    private static string Describe(Episode e) =>
        string.Join(" | ", e.Id, e.UserId, LocalDateTimePattern.ExtendedIso.Format(e.StartedAtLocal), InstantPattern.ExtendedIso.Format(e.StartedAt),
            e.DiaryDay, e.DurationSeconds, e.Muscle, e.Side, e.Severity, e.Activity, string.Join(",", e.ReliefTried), e.HelpedBy,
            e.TimeToReliefSeconds, e.SorenessAfter, e.Notes, InstantPattern.ExtendedIso.Format(e.CreatedAt), InstantPattern.ExtendedIso.Format(e.UpdatedAt));
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Time;
using SpasmCoach.Persistence;
using SpasmCoach.Web.Features.Profiles;
using Xunit;

namespace SpasmCoach.Web.Tests.Features.Profiles;

public sealed class CalendarCacheTests
{
    private static readonly DiaryCalendar London = new(DateTimeZoneProviders.Tzdb["Europe/London"], DiaryDayRule.Default);

    [Fact]
    public void TryGet_AfterSet_ReturnsTheCalendar()
    {
        using var cache = Cache();
        cache.Set("owner", London, cache.Generation);

        Assert.True(cache.TryGet("owner", out var calendar));
        Assert.Same(London, calendar);
        Assert.False(cache.TryGet("someone else", out _));
    }

    [Fact]
    public void Invalidate_AfterSet_ForgetsTheCalendar()
    {
        using var cache = Cache();
        cache.Set("owner", London, cache.Generation);

        cache.Invalidate("owner");

        Assert.False(cache.TryGet("owner", out _));
    }

    [Fact]
    public void Set_LoadedBeforeASave_IsNotKept()
    {
        using var cache = Cache();
        var generation = cache.Generation; // a request starts reading the old profile...
        cache.Invalidate("owner");          // ...a save commits meanwhile...

        cache.Set("owner", London, generation); // ...and the old calendar arrives late.

        Assert.False(cache.TryGet("owner", out _));
    }

    [Fact]
    public void Set_LifetimeZero_KeepsNothing()
    {
        using var cache = Cache(seconds: 0);
        cache.Set("owner", London, cache.Generation);

        Assert.False(cache.TryGet("owner", out _));
    }

    [Fact]
    public async Task CalendarAsync_AfterSaveAsync_IsTheSavedCalendar()
    {
        var file = Path.Combine(Path.GetTempPath(), $"spasmcoach-calendar-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddSpasmCoachPersistence(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}"))
            .AddSingleton<IClock>(SystemClock.Instance)
            .AddSingleton<CalendarCache>()
            .AddSingleton<ProfileService>()
            .BuildServiceProvider();
        try
        {
            var ct = TestContext.Current.CancellationToken;
            await services.MigrateSpasmCoachDatabaseAsync(ct);
            var user = new AppUser { UserName = "calendar@example.test" };
            await using (var db = await services.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>().CreateDbContextAsync(ct))
            {
                db.Users.Add(user);
                await db.SaveChangesAsync(ct);
            }
            var profiles = services.GetRequiredService<ProfileService>();

            var before = await profiles.CalendarAsync(user.Id, ct); // cached: UTC, the default
            var (saved, errors) = await profiles.SaveAsync(user.Id, new ProfileInput("Europe/London", "metric", null, null, null, "05:00", null, null, null), ct);
            var after = await profiles.CalendarAsync(user.Id, ct);

            Assert.True(errors.IsEmpty);
            Assert.NotNull(saved);
            Assert.Equal(DateTimeZone.Utc, before.Zone);
            Assert.Equal("Europe/London", after.Zone.Id);
            Assert.Equal(new LocalTime(5, 0), after.Rule.DayStartsAt);
        }
        finally
        {
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private static CalendarCache Cache(int seconds = 10) =>
        new(new ConfigurationBuilder().AddInMemoryCollection([new("Caching:CalendarSeconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))]).Build());
}

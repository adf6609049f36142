using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SpasmCoach.Persistence;

namespace SpasmCoach.E2E.Hosting;

/// <summary>
/// One real SpasmCoach on Kestrel (127.0.0.1, random port) with a temporary SQLite file, and one Debian Chromium,
/// shared by every test in the assembly. Each test makes its own account, so tests do not see each other's data.
/// </summary>
public sealed class SpasmCoachApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"spasmcoach-e2e-{Guid.NewGuid():N}.db");
    private SpasmCoachAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        _factory = new SpasmCoachAppFactory(_databasePath);
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress;
        EnsureAppUsesTheTemporaryDatabase();

        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(10_000);
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            // Debian's Chromium: Playwright must never download a browser.
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    private void EnsureAppUsesTheTemporaryDatabase()
    {
        var settings = _factory!.Services.GetRequiredService<DatabaseSettings>();
        var dataSource = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        if (settings.Provider != DatabaseProvider.Sqlite || Path.GetFullPath(dataSource) != _databasePath || !File.Exists(_databasePath))
        {
            throw new InvalidOperationException(
                $"The app is not using the test database {_databasePath}: it has {settings.Provider} '{settings.ConnectionString}'.");
        }
    }
}

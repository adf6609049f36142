using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SpasmCoach.Persistence;
using SpasmCoach.Web.Tests;

namespace SpasmCoach.E2E.Hosting;

/// <summary>
/// One real SpasmCoach on Kestrel (127.0.0.1, random port) with a temporary SQLite file, or a fresh PostgreSQL database
/// when <see cref="TestDatabase.PostgresVariable"/> is set, and one Debian Chromium, shared by every test in the
/// assembly. Each test makes its own account, so tests do not see each other's data.
/// </summary>
public sealed class SpasmCoachApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TestDatabase _database = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is { Length: > 0 } postgres
        ? new PostgresTestDatabase(postgres)
        : new SqliteFileTestDatabase();
    private SpasmCoachAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        _factory = new SpasmCoachAppFactory(_database);
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
        await _database.DisposeAsync();
    }

    private void EnsureAppUsesTheTemporaryDatabase()
    {
        var settings = _factory!.Services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider != _database.Provider || settings.ConnectionString != _database.ConnectionString)
        {
            throw new InvalidOperationException(
                $"The app is not using the test database: it has {settings.Provider} '{settings.ConnectionString}'.");
        }
    }
}

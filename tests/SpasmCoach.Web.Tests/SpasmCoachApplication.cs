using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace SpasmCoach.Web.Tests;

/// <summary>
/// The real app on the test server with its own database (SQLite in memory, or PostgreSQL when
/// <see cref="TestDatabase.PostgresVariable"/> is set), a clock the tests move, and captured logs.
/// </summary>
public class SpasmCoachApplication : WebApplicationFactory<Program>
{
    /// <summary>Where the clock starts: after both 2026 daylight-saving changes, so those local times are in the past.</summary>
    public static readonly Instant DefaultNow = Instant.FromUtc(2026, 11, 20, 12, 0);

    public const string Password = "correct-horse-battery";

    private bool _disposed;

    public SpasmCoachApplication()
        : this(TestDatabase.ForEnvironment())
    {
    }

    protected SpasmCoachApplication(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public FakeClock Clock { get; } = new(DefaultNow);

    public CapturedLogs Logs { get; } = new();

    protected virtual int AuthPerMinute => 1000;

    /// <summary>Extra configuration for a subclass; applied the same way as the database settings.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Program.cs reads these from builder.Configuration before Build(). With the minimal hosting model,
        // WebApplicationFactory hands UseSetting values to WebApplication.CreateBuilder as command-line arguments,
        // so they are visible there (ConfigureAppConfiguration would arrive too late). DatabaseTests checks the
        // app really uses this database.
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:SpasmCoach", Database.ConnectionString);
        builder.UseSetting("RateLimits:AuthPerMinute", AuthPerMinute.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
            // Every test signs up its own users; the production work factor would make hashing most of the suite's time.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@spasmcoach.test";

    /// <summary>A client that does not follow redirects, so tests see what the app answered.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Registers a new account through /api/auth, signs in and returns a client sending its bearer token.</summary>
    public async Task<HttpClient> CreateClientAsync(string? email = null)
    {
        email ??= NewEmail();
        var client = CreateAnonymousClient();
        var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password });
        Assert.True(register.IsSuccessStatusCode, $"register: {(int)register.StatusCode} {await register.Content.ReadAsStringAsync()}");
        var token = await LoginAsync(client, email);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Signs in through /api/auth/login and returns the access token.</summary>
    public static async Task<string> LoginAsync(HttpClient client, string email, string password = Password)
    {
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.True(login.IsSuccessStatusCode, $"login: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
        var body = await login.Content.ReadFromJsonAsync<JsonObject>();
        return body!["accessToken"]!.GetValue<string>();
    }

    /// <summary>Replaces the signed-in person's profile; the fields are the API's, missing ones are null.</summary>
    public static async Task<JsonObject> PutProfileAsync(
        HttpClient client,
        string timeZone = "UTC",
        string? birthDate = null,
        string? sex = null,
        string lifeStage = "none",
        string dayStartsAt = "04:00",
        double? weightKg = null,
        double? fluidLimitMl = null,
        double? drinksGoalMl = null,
        string units = "metric")
    {
        var response = await client.PutAsJsonAsync("/api/profile",
            new { timeZone, units, birthDate, sex, lifeStage, dayStartsAt, weightKg, fluidLimitMl, drinksGoalMl });
        Assert.True(response.IsSuccessStatusCode, $"PUT /api/profile: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

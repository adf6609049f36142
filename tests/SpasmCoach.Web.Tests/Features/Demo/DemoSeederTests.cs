using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpasmCoach.Persistence;
using SpasmCoach.Web.Features.Demo;

namespace SpasmCoach.Web.Tests.Features.Demo;

/// <summary><c>seed-demo [--days N] [--seed N]</c>: the account it prints works and holds the diary it promises.</summary>
public sealed partial class DemoSeederTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public DemoSeederTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    [Fact]
    public async Task SeedDemo_PrintedAccount_SignsInAndHoldsEveryDayOfTheDiary()
    {
        var (exit, output, _) = await SeedAsync(("days", "40"), ("seed", "7"));

        Assert.Equal(0, exit);
        Assert.Contains("100%", output, StringComparison.Ordinal);
        Assert.Contains("Demo account created with 40 days of diary data.", output, StringComparison.Ordinal);
        var client = await SignInAsync(output);
        // Diary days run 04:00 to 04:00 in Europe/London; "today" at 12:00 UTC on 20 November is 20 November.
        var episodes = await client.GetArrayAsync("/api/episodes?from=2026-10-01&to=2026-11-30");
        var checkIns = await client.GetArrayAsync("/api/checkins?from=2026-10-01&to=2026-11-30");
        var drinks = await client.GetArrayAsync("/api/drinks?from=2026-10-01&to=2026-11-30");

        Assert.NotEmpty(episodes);
        Assert.All(episodes, e =>
        {
            var day = e!["diaryDay"]!.GetValue<string>();
            Assert.InRange(string.CompareOrdinal(day, "2026-10-12"), 0, int.MaxValue);
            Assert.InRange(string.CompareOrdinal(day, "2026-11-20"), int.MinValue, 0);
            Assert.False(e["ongoing"]!.GetValue<bool>());
            Assert.NotEmpty(e["reliefTried"]!.AsArray());
        });
        Assert.InRange(checkIns.Count, 20, 40);
        Assert.InRange(drinks.Count, 40, 40 * 9);
        // A check-in's caffeinated drinks are the day's teas and coffees: the demo diary agrees with itself.
        Assert.All(checkIns, c => Assert.Equal(
            drinks.Count(d => d!["diaryDay"]!.GetValue<string>() == c!["date"]!.GetValue<string>() && d["beverage"]!.GetValue<string>() is "tea" or "coffee"),
            c!["caffeinatedDrinks"]!.GetValue<int>()));
        Assert.Contains(checkIns, c => c!["caffeinatedDrinks"]!.GetValue<int>() > 0);
        Assert.Equal("Europe/London", (await client.GetJsonAsync("/api/profile"))["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task SeedDemo_SameSeed_SameDiaryInANewAccount()
    {
        var (_, first, _) = await SeedAsync(("days", "20"), ("seed", "11"));
        var (_, second, _) = await SeedAsync(("days", "20"), ("seed", "11"));

        var firstEpisodes = await DiaryAsync(await SignInAsync(first));
        var secondEpisodes = await DiaryAsync(await SignInAsync(second));

        Assert.NotEqual(Credentials(first), Credentials(second));
        Assert.NotEmpty(firstEpisodes);
        Assert.Equal(firstEpisodes, secondEpisodes);
    }

    [Theory]
    [InlineData("days", "0", "--days")]
    [InlineData("days", "3651", "--days")]
    [InlineData("days", "ninety", "--days")]
    [InlineData("seed", "x", "--seed")]
    public async Task SeedDemo_BadOption_ExitsWithTwoNamingItAndCreatesNoAccount(string key, string value, string named)
    {
        var before = await CountUsersAsync();

        var (exit, output, error) = await SeedAsync((key, value));

        Assert.Equal(2, exit);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Equal(before, await CountUsersAsync());
    }

    private async Task<(int Exit, string Output, string Error)> SeedAsync(params (string Key, string Value)[] options)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(options.Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)))
            .Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DemoSeeder.RunFromCommandLineAsync(_app.Services, configuration, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<HttpClient> SignInAsync(string output)
    {
        var (email, password) = Credentials(output);
        var client = _app.CreateAnonymousClient();
        var token = await SpasmCoachApplication.LoginAsync(client, email, password);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private static (string Email, string Password) Credentials(string output)
    {
        var email = EmailLine().Match(output);
        var password = PasswordLine().Match(output);
        Assert.True(email.Success && password.Success, $"no credentials in: {output}");
        return (email.Groups[1].Value, password.Groups[1].Value);
    }

    private static async Task<List<string>> DiaryAsync(HttpClient client) =>
        [.. (await client.GetArrayAsync("/api/episodes?from=2026-10-01&to=2026-11-30"))
            .Select(e => $"{e!["startedAtLocal"]} {e["muscle"]} {e["side"]} {e["severity"]} {e["durationSeconds"]}")];

    private async Task<int> CountUsersAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpasmCoachDbContext>();
        return await db.Users.CountAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex(@"e-mail:\s+(\S+)")]
    private static partial Regex EmailLine();

    [GeneratedRegex(@"password:\s+(\S+)")]
    private static partial Regex PasswordLine();
}

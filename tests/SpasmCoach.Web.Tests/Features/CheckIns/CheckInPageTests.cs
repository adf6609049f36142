using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace SpasmCoach.Web.Tests.Features.CheckIns;

public sealed class CheckInPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    /// <summary>A day of another year says which year in the headings of its day pages.</summary>
    [Theory]
    [InlineData("/checkin/2025-12-31")]
    [InlineData("/drinks/2025-12-31")]
    [InlineData("/food/day/2025-12-31")]
    public async Task DayOfAnotherYear_HeadingSaysTheYear(string page)
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();

        var html = await client.GetStringAsync(page, TestContext.Current.CancellationToken);

        Assert.Contains("Wednesday 31 December 2025", Heading(html), StringComparison.Ordinal);
    }

    /// <summary>
    /// With US units a person counts US standard drinks (14 g of alcohol), not UK units (7.89 g): the form converts,
    /// the API keeps UK units, and the diary day says what was typed.
    /// </summary>
    [Fact]
    public async Task UsUnits_AlcoholIsCountedInStandardDrinks_StoredAsUkUnits()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var email = SpasmCoachApplication.NewEmail();
        var page = await app.CreatePageClientAsync(email);
        var api = app.CreateAnonymousClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SpasmCoachApplication.LoginAsync(api, email));
        await SpasmCoachApplication.PutProfileAsync(api, units: "us");

        var (html, _) = await page.GetFormPageAsync("/checkin/2026-11-19");
        Assert.Contains("Alcohol (standard drinks)", html, StringComparison.Ordinal);
        Assert.Contains("12 fl oz of regular beer", html, StringComparison.Ordinal);
        List<(string, string)> fields = [.. HtmlPages.FormAsShown(html, "checkin").Where(f => f.Name != "Model.AlcoholUnits"), ("Model.AlcoholUnits", "2")];
        await page.PostFormAsync("/checkin/2026-11-19", [.. fields]);

        var stored = Assert.Single(await api.GetArrayAsync("/api/checkins?from=2026-11-19&to=2026-11-19"))!;
        Assert.Equal(3.549, stored["alcoholUnits"]!.GetValue<double>(), 3);
        var (shownAgain, _) = await page.GetFormPageAsync("/checkin/2026-11-19");
        Assert.Contains(("Model.AlcoholUnits", "2"), HtmlPages.FormAsShown(shownAgain, "checkin"));
        Assert.Contains("<dd>2 standard drinks</dd>", await page.GetStringAsync("/diary/2026-11-19", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // Saved again untouched, the stored value stays exact rather than becoming 2 × 1.774 rounded.
        await page.PostFormAsync("/checkin/2026-11-19", [.. HtmlPages.FormAsShown(shownAgain, "checkin")]);
        var again = Assert.Single(await api.GetArrayAsync("/api/checkins?from=2026-11-19&to=2026-11-19"))!;
        Assert.Equal(stored["alcoholUnits"]!.GetValue<double>().ToString(CultureInfo.InvariantCulture), again["alcoholUnits"]!.GetValue<double>().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Metric: UK units, said so, and stored as typed.</summary>
    [Fact]
    public async Task Metric_AlcoholIsInUkUnits()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var page = await app.CreatePageClientAsync();

        var (html, _) = await page.GetFormPageAsync("/checkin/2026-11-19");
        List<(string, string)> fields = [.. HtmlPages.FormAsShown(html, "checkin").Where(f => f.Name != "Model.AlcoholUnits"), ("Model.AlcoholUnits", "1")];
        await page.PostFormAsync("/checkin/2026-11-19", [.. fields]);

        Assert.Contains("Alcohol (UK units)", html, StringComparison.Ordinal);
        Assert.Contains("One UK unit is 10 ml of pure alcohol (NHS).", html, StringComparison.Ordinal);
        Assert.Contains("<dd>1 UK unit</dd>", await page.GetStringAsync("/diary/2026-11-19", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>Every box left empty on a day without a check-in: a mistake, and nothing is stored.</summary>
    [Fact]
    public async Task EveryBoxEmpty_NothingStored_AsksForAnAnswer()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var page = await app.CreatePageClientAsync();
        var (html, _) = await page.GetFormPageAsync("/checkin/2026-11-19");

        var response = await page.PostFormAsync("/checkin/2026-11-19", [.. HtmlPages.FormAsShown(html, "checkin")]);
        var shown = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("""<a href="#checkIn">Check-in</a>: Fill in at least one answer.""", shown, StringComparison.Ordinal);
        Assert.Matches("""<form [^>]*id="checkIn"[^>]*>""", shown);
        Assert.Empty(await page.GetArrayAsync("/api/checkins?from=2026-11-01&to=2026-11-20"));
        Assert.Contains("No check-in for this day.", await page.GetStringAsync("/diary/2026-11-19", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>The page has no delete button: emptying every box of a stored check-in and saving removes it.</summary>
    [Fact]
    public async Task EveryBoxEmptied_StoredCheckIn_IsRemoved()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var page = await app.CreatePageClientAsync();
        await (await page.PutJsonAsync("/api/checkins/2026-11-19", CheckInsApiTests.FullCheckIn())).ReadJsonAsync();
        var (html, _) = await page.GetFormPageAsync("/checkin/2026-11-19");
        Assert.Contains("To remove this check-in, empty every answer and save.", html, StringComparison.Ordinal);

        var emptied = HtmlPages.FormAsShown(html, "checkin").Select(f => f.Name.StartsWith("Model.", StringComparison.Ordinal) ? (f.Name, "") : f);
        var response = await page.PostFormAsync("/checkin/2026-11-19", [.. emptied]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/diary/2026-11-19?deleted=checkin", response.Headers.Location?.PathAndQuery);
        Assert.Empty(await page.GetArrayAsync("/api/checkins?from=2026-11-01&to=2026-11-20"));
        Assert.Contains("No check-in for this day.", await page.GetStringAsync("/diary/2026-11-19", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static string Heading(string html) => html[html.IndexOf("<h1", StringComparison.Ordinal)..html.IndexOf("</h1>", StringComparison.Ordinal)];
}

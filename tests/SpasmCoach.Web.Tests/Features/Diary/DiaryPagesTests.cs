using System.Net;
using System.Text.RegularExpressions;

namespace SpasmCoach.Web.Tests.Features.Diary;

public sealed class DiaryPagesTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public DiaryPagesTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    [Theory]
    [InlineData("/diary/2026-11-19", "Thursday 19 November 2026")]
    [InlineData("/diary/2026-11-20", "Friday 20 November 2026")]
    [InlineData("/drinks/2026-11-20", "today")]
    [InlineData("/checkin/2026-11-19", "Thursday 19 November")]
    // The diary's first day is the first a form takes.
    [InlineData("/diary/2000-01-01", "Saturday 1 January 2000")]
    [InlineData("/drinks/2000-01-01", "Saturday 1 January 2000")]
    [InlineData("/checkin/2000-01-01", "Saturday 1 January 2000")]
    [InlineData("/food/day/2000-01-01", "Saturday 1 January 2000")]
    public async Task DayPage_DayInTheDiary_ShowsThatDay(string path, string heading)
    {
        var client = await _app.CreatePageClientAsync();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<small>{heading}</small>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// An address naming a day that cannot exist, or no date at all, is not found: 30 February once showed today
    /// without a word, so a mistyped day looked like an empty diary. So is a day no entry can be on, before the
    /// diary's first day or after today: those once showed today or 1 January 2000 under their own address.
    /// </summary>
    [Theory]
    [InlineData("/diary/9999-12-31")]
    [InlineData("/drinks/9999-12-31")]
    [InlineData("/checkin/2027-01-01")]
    [InlineData("/checkin/2026-11-21")]
    [InlineData("/drinks/0001-01-01")]
    [InlineData("/diary/-9998-01-01")]
    [InlineData("/diary/1999-12-31")]
    [InlineData("/checkin/1950-06-01")]
    [InlineData("/food/day/1900-01-01")]
    [InlineData("/food/day/2026-11-21")]
    [InlineData("/food?day=2026-11-21")]
    [InlineData("/food/own?day=1999-12-31")]
    [InlineData("/episodes/new?day=2026-11-21")]
    [InlineData("/food/add/09040?day=1999-12-31")]
    [InlineData("/diary/2026-02-30")]
    [InlineData("/diary/not-a-date")]
    [InlineData("/drinks/2026-13-01")]
    [InlineData("/checkin/2026-02-29")]
    [InlineData("/food/day/2026-04-31")]
    [InlineData("/food?day=abc")]
    [InlineData("/food/own?day=2026-02-30")]
    [InlineData("/episodes/new?day=2026-02-30")]
    [InlineData("/food/add/09040?day=2026-11-31")]
    public async Task DayPage_ImpossibleDateInTheAddress_IsNotFound(string path)
    {
        var client = await _app.CreatePageClientAsync();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Minutes before the day-start hour an entry can already be on the next diary day (it may start up to ten minutes
    /// ahead), so that day's pages open, as the page a save goes on to; its check-in does not, as the day has not started.
    /// </summary>
    [Fact]
    public async Task DayPages_MinutesBeforeTheNextDayStarts_OpenThatDayButNotItsCheckIn()
    {
        var client = await _app.CreatePageClientAsync();
        _app.Clock.Reset(NodaTime.Instant.FromUtc(2026, 11, 21, 3, 55)); // UTC, day starts at 04:00: today is the 20th

        var episode = await client.PostJsonAsync("/api/episodes", Episodes.EpisodesApiTests.ValidEpisode("2026-11-21T04:03"));
        Assert.Equal(HttpStatusCode.Created, episode.StatusCode);
        foreach (var page in (string[])["/diary/2026-11-21", "/drinks/2026-11-21", "/food/day/2026-11-21", "/episodes/new?day=2026-11-21"])
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
        }
        var diary = await (await client.GetAsync("/diary/2026-11-21")).Content.ReadAsStringAsync();
        Assert.Contains("04:03", diary, StringComparison.Ordinal);
        Assert.DoesNotContain("/checkin/2026-11-21", diary, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/checkin/2026-11-21")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/diary/2026-11-22")).StatusCode);
    }

    /// <summary>
    /// A diary day runs past midnight to the day-start hour (04:00): an entry after midnight says its date in every list
    /// of the day's entries, shown short and read out in words; one on the diary day's own date shows its time alone.
    /// "02:30" alone on 19 November's page read as 02:30 on the 19th.
    /// </summary>
    [Theory]
    [InlineData("/diary/2026-11-19")]
    [InlineData("/drinks/2026-11-19")]
    [InlineData("/food/day/2026-11-19")]
    public async Task DayList_EntryAfterMidnight_SaysItsDate(string page)
    {
        var client = await _app.CreatePageClientAsync();
        foreach (var at in (string[])["2026-11-19T22:00", "2026-11-20T02:30"])
        {
            await (await client.PostJsonAsync("/api/episodes", Episodes.EpisodesApiTests.ValidEpisode(at))).ReadJsonAsync(HttpStatusCode.Created);
            await (await client.PostJsonAsync("/api/drinks", Hydration.HydrationApiTests.Drink(at))).ReadJsonAsync(HttpStatusCode.Created);
            await (await client.PostJsonAsync("/api/food-entries", new System.Text.Json.Nodes.JsonObject { ["atLocal"] = at, ["ndbNo"] = "09040", ["grams"] = 118 }))
                .ReadJsonAsync(HttpStatusCode.Created);
        }

        var html = await client.GetStringAsync(page, TestContext.Current.CancellationToken);

        Assert.Contains("<time datetime=\"2026-11-19T22:00\">22:00</time>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<time datetime=\"2026-11-20T02:30\"><span aria-hidden=\"true\">02:30 (Fri 20 Nov)</span><span class=\"visually-hidden\">02:30 on Friday 20 November</span></time>",
            html, StringComparison.Ordinal);
    }

    /// <summary>
    /// A form sent to an impossible day's address stores nothing: that page shows no form, so none is taken.
    /// </summary>
    [Fact]
    public async Task CheckInForm_PostedToAnImpossibleDay_StoresNothing()
    {
        var client = await _app.CreatePageClientAsync();
        var (html, _) = await client.GetFormPageAsync("/checkin/2026-11-19");

        var response = await client.PostFormAsync("/checkin/2026-02-30",
            [.. HtmlPages.FormAsShown(html, "checkin").Where(f => f.Name != "Model.SleepHours"), ("Model.SleepHours", "7")]);

        Assert.False(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.Empty(await client.GetArrayAsync("/api/checkins?from=2026-01-01&to=2026-11-20"));
    }

    /// <summary>The history's average severity is over its cramps (5.0 here), not over its days' averages (6.0).</summary>
    [Fact]
    public async Task HistoryPage_AverageSeverity_IsTheMeanOfTheCramps()
    {
        var client = await _app.CreatePageClientAsync();
        foreach (var (at, severity) in new[] { ("2026-11-18T10:00", 2), ("2026-11-18T11:00", 4), ("2026-11-19T10:00", 9) })
        {
            var episode = Features.Episodes.EpisodesApiTests.ValidEpisode(at);
            episode["severity"] = severity;
            await (await client.PostJsonAsync("/api/episodes", episode)).ReadJsonAsync(HttpStatusCode.Created);
        }

        var html = await client.GetStringAsync("/history", TestContext.Current.CancellationToken);

        Assert.Contains("3 cramps in the last 30 diary days, on 2 of them. Average severity 5.0/10.", html, StringComparison.Ordinal);
    }

    /// <summary>Each history chart's caption is its title, above it, as on Food trends: under its chart it read as the next one's title.</summary>
    [Fact]
    public async Task HistoryPage_EachCaptionComesBeforeItsChart()
    {
        var client = await _app.CreatePageClientAsync();

        var html = await client.GetStringAsync("/history", TestContext.Current.CancellationToken);

        Assert.Equal(
            [("Cramps per diary day (bars) and average severity (line)", "cramps-chart"), ("Drinks per diary day (ml) against your goal", "drinks-chart")],
            HtmlPages.ChartFigures(html));
    }

    /// <summary>
    /// Without JavaScript the note sends the reader to the numbers by the name of the control that unfolds them: it
    /// said "the table below", but the table starts folded away.
    /// </summary>
    [Theory]
    [InlineData("/history")]
    [InlineData("/food/trends")]
    public async Task ChartsPage_NoteWithoutJavaScriptAndChartNames_NameTheControlThatShowsTheTable(string path)
    {
        var client = await _app.CreatePageClientAsync();

        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);

        var summary = Assert.Single(Regex.Matches(html, "<details>\\s*<summary>([^<]+)</summary>\\s*<div class=\"table-scroll\">\\s*<table>")).Groups[1].Value;
        Assert.Contains($"<p class=\"notice without-script\">The charts need JavaScript, which is off in this browser. The same numbers are below: open \"{summary}\".</p>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        // A screen reader hears each chart's name: it, too, names the folded table's control.
        var chartNames = Regex.Matches(html, "<canvas [^>]*role=\"img\" aria-label=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(chartNames);
        Assert.All(chartNames, name => Assert.EndsWith($"; the same numbers are under \"{summary}\", below.", name, StringComparison.Ordinal));
    }

    /// <summary>"Log a cramp" from a past day's diary proposes that day (at noon), not now; from today, now.</summary>
    [Fact]
    public async Task DiaryPage_LogACramp_ProposesTheDayShown()
    {
        var client = await _app.CreatePageClientAsync();
        _app.Clock.Advance(NodaTime.Duration.FromMinutes(7));

        var past = await client.GetStringAsync("/diary/2026-11-17", TestContext.Current.CancellationToken);
        var today = await client.GetStringAsync("/diary", TestContext.Current.CancellationToken);
        Assert.Contains("href=\"/episodes/new?day=2026-11-17\"", past, StringComparison.Ordinal);
        Assert.Contains("href=\"/episodes/new\"", today, StringComparison.Ordinal);

        var (pastForm, _) = await client.GetFormPageAsync("/episodes/new?day=2026-11-17");
        var (todayForm, _) = await client.GetFormPageAsync("/episodes/new");
        Assert.Contains(("Model.StartedAtLocal", "2026-11-17T12:00"), HtmlPages.FormAsShown(pastForm, "log-episode"));
        Assert.Contains(("Model.StartedAtLocal", "2026-11-20T12:07"), HtmlPages.FormAsShown(todayForm, "log-episode")); // now, in UTC
    }

    [Fact]
    public async Task DiaryPage_FirstDay_HasNoPreviousDay()
    {
        var client = await _app.CreatePageClientAsync();

        var first = await client.GetStringAsync("/diary/2000-01-01", TestContext.Current.CancellationToken);
        var second = await client.GetStringAsync("/diary/2000-01-02", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("Previous day", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/diary/2000-01-01\">Previous day", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiaryPage_WithEntries_ListsThemForItsDiaryDay()
    {
        var client = await _app.CreatePageClientAsync();
        var episode = Features.Episodes.EpisodesApiTests.ValidEpisode("2026-11-20T03:30");
        await (await client.PostJsonAsync("/api/episodes", episode)).ReadJsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/drinks", Features.Hydration.HydrationApiTests.Drink("2026-11-19T18:00", 330, "tea"))).ReadJsonAsync(HttpStatusCode.Created);

        var html = await (await client.GetAsync("/diary/2026-11-19")).Content.ReadAsStringAsync();

        Assert.Contains("Cramps (1)", html, StringComparison.Ordinal);
        Assert.Contains("03:30", html, StringComparison.Ordinal);
        Assert.Contains("330 ml", html, StringComparison.Ordinal);
    }
}

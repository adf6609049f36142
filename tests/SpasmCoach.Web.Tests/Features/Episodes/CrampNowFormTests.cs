using System.Net;
using NodaTime;

namespace SpasmCoach.Web.Tests.Features.Episodes;

public sealed class CrampNowFormTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public CrampNowFormTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    [Fact]
    public async Task StartForm_WithAntiforgeryToken_CreatesAnOngoingEpisodeNow()
    {
        var client = await _app.CreatePageClientAsync();
        var (_, token) = await client.GetFormPageAsync("/cramp-now");
        _app.Clock.Reset(Instant.FromUtc(2026, 11, 20, 3, 12, 40));

        var response = await client.PostFormAsync("/forms/episodes/start",
            (HtmlPages.AntiforgeryField, token), ("muscle", "hamstrings"), ("side", "right"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/episodes/[0-9a-f-]{36}\\?started=true$", location);
        var id = location["/episodes/".Length..location.IndexOf('?', StringComparison.Ordinal)];
        var episode = await client.GetJsonAsync($"/api/episodes/{id}");
        Assert.Equal("hamstrings", episode["muscle"]!.GetValue<string>());
        Assert.Equal("right", episode["side"]!.GetValue<string>());
        Assert.Equal("2026-11-20T03:12:40Z", episode["startedAt"]!.GetValue<string>());
        Assert.Equal("2026-11-19", episode["diaryDay"]!.GetValue<string>());
        Assert.True(episode["ongoing"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task StartForm_UnknownMuscle_RedirectsBackWithAnErrorAndStoresNothing()
    {
        var client = await _app.CreatePageClientAsync();
        var (_, token) = await client.GetFormPageAsync("/cramp-now");

        var response = await client.PostFormAsync("/forms/episodes/start",
            (HtmlPages.AntiforgeryField, token), ("muscle", "elbow"), ("side", "right"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cramp-now?error=true", response.Headers.Location!.OriginalString);
        Assert.Empty(await client.GetArrayAsync("/api/episodes"));
    }

    [Fact]
    public async Task ItHasStopped_WithinTheHour_StoresTheTimeSinceTheStart()
    {
        var client = await _app.CreatePageClientAsync();
        var id = await StartAsync(client);
        _app.Clock.Advance(Duration.FromSeconds(95));

        var page = await client.GetStringAsync($"/episodes/{id}");
        Assert.Contains("Cramp in progress", page, StringComparison.Ordinal);
        var location = await StopAsync(client, id);

        Assert.Equal(95, (await client.GetJsonAsync($"/api/episodes/{id}"))["durationSeconds"]!.GetValue<int>());
        Assert.Equal($"/episodes/{id}?stopped=true", location);
        Assert.Contains("Stopped. It lasted 1 min 35 s.", await client.GetStringAsync(location), StringComparison.Ordinal);
    }

    /// <summary>
    /// Started in London, then the profile moved to New York: "It has stopped" still stores the duration and the start
    /// keeps its instant. Read in New York, 12:00 would have been 17:00 UTC, "in the future", and the tap did nothing.
    /// </summary>
    [Fact]
    public async Task ItHasStopped_AfterTheTimeZoneChanged_StoresTheDurationAndKeepsTheStart()
    {
        var client = await _app.CreatePageClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, timeZone: "Europe/London");
        var id = await StartAsync(client);
        var started = (await client.GetJsonAsync($"/api/episodes/{id}"))["startedAt"]!.GetValue<string>();
        await SpasmCoachApplication.PutProfileAsync(client, timeZone: "America/New_York");
        _app.Clock.Advance(Duration.FromSeconds(40));

        var location = await StopAsync(client, id);

        var stopped = await client.GetJsonAsync($"/api/episodes/{id}");
        Assert.Equal($"/episodes/{id}?stopped=true", location);
        Assert.Equal(40, stopped["durationSeconds"]!.GetValue<int>());
        Assert.Equal(started, stopped["startedAt"]!.GetValue<string>());

        // Any other change sent with the start as stored keeps it too.
        stopped["severity"] = 3;
        var edited = await (await client.PutJsonAsync($"/api/episodes/{id}", stopped)).ReadJsonAsync();
        Assert.Equal(started, edited["startedAt"]!.GetValue<string>());
        Assert.Equal("2026-11-20", edited["diaryDay"]!.GetValue<string>());
    }

    [Fact]
    public async Task ItHasStopped_MoreThanAnHourLater_IsNotOfferedAndChangesNothing()
    {
        var client = await _app.CreatePageClientAsync();
        var id = await StartAsync(client);
        var (oldPage, _) = await client.GetFormPageAsync($"/episodes/{id}");
        Assert.Contains("It has stopped", oldPage, StringComparison.Ordinal);
        _app.Clock.Advance(Duration.FromMinutes(61));

        var page = await client.GetStringAsync($"/episodes/{id}");
        Assert.DoesNotContain("It has stopped", page, StringComparison.Ordinal);
        Assert.Contains("How long did it last?", page, StringComparison.Ordinal);
        Assert.Equal($"/episodes/{id}", await StopAsync(client, id)); // the old page, sent again from history: no "Stopped."

        Assert.Null((await client.GetJsonAsync($"/api/episodes/{id}"))["durationSeconds"]);
    }

    /// <summary>
    /// The time until it eased, entered while it was going, is longer than the time since it started: stopping now
    /// would break the rule that relief comes within the cramp, so nothing is stored and the page says why.
    /// </summary>
    [Fact]
    public async Task ItHasStopped_SoonerThanTheTimeUntilItEasedSaid_StoresNothingAndSaysWhy()
    {
        var client = await _app.CreatePageClientAsync();
        var id = await StartAsync(client);
        var episode = await client.GetJsonAsync($"/api/episodes/{id}");
        episode["timeToReliefSeconds"] = 120;
        await (await client.PutJsonAsync($"/api/episodes/{id}", episode)).ReadJsonAsync();
        _app.Clock.Advance(Duration.FromSeconds(40));

        var location = await StopAsync(client, id);

        Assert.Equal($"/episodes/{id}?notStopped=true", location);
        Assert.Null((await client.GetJsonAsync($"/api/episodes/{id}"))["durationSeconds"]);
        var page = System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(await client.GetStringAsync(location)), @"\s+", " ");
        Assert.Contains("Not stopped: \"Minutes until it eased\" below says 2 min 00 s, longer than it has lasted so far.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItHasStopped_FromAPageLeftOpenAfterTheCrampWasFinished_KeepsTheDurationGiven()
    {
        var client = await _app.CreatePageClientAsync();
        var id = await StartAsync(client);
        var episode = await client.GetJsonAsync($"/api/episodes/{id}");
        episode["durationSeconds"] = 240;
        await (await client.PutJsonAsync($"/api/episodes/{id}", episode)).ReadJsonAsync();
        _app.Clock.Advance(Duration.FromMinutes(5));

        Assert.Equal($"/episodes/{id}", await StopAsync(client, id)); // from a second tab still showing it in progress

        Assert.Equal(240, (await client.GetJsonAsync($"/api/episodes/{id}"))["durationSeconds"]!.GetValue<int>());
    }

    [Fact]
    public async Task EditForm_SentAfterTheCrampWasDeletedInAnotherTab_Answers404WithAnExplanation()
    {
        var client = await _app.CreatePageClientAsync();
        var id = await StartAsync(client);
        var (page, _) = await client.GetFormPageAsync($"/episodes/{id}");
        var form = HtmlPages.FormAsShown(page, "edit-episode");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/episodes/{id}")).StatusCode);

        var response = await client.PostFormAsync($"/episodes/{id}", [.. form]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("changes sent to it were not saved", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/episodes/{id}")).StatusCode);
    }

    [Fact]
    public async Task StartedPage_Undo_DeletesTheCrampAndGoesHome()
    {
        var client = await _app.CreatePageClientAsync();
        var id = await StartAsync(client);
        var (page, token) = await client.GetFormPageAsync($"/episodes/{id}?started=true");
        Assert.Contains($"action=\"/forms/episodes/{id}/delete\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"returnUrl\" value=\"/\"", page, StringComparison.Ordinal);
        Assert.Contains("Started. Saved at", page, StringComparison.Ordinal);

        var response = await client.PostFormAsync($"/forms/episodes/{id}/delete", (HtmlPages.AntiforgeryField, token), ("returnUrl", "/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?deleted=episode", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/episodes/{id}")).StatusCode);
        Assert.Contains("Deleted.", await client.GetStringAsync("/?deleted=episode"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiaryDayUndo_GoesBackToThatDay_SayingDeleted()
    {
        var client = await _app.CreatePageClientAsync();
        var id = await StartAsync(client);
        var (_, token) = await client.GetFormPageAsync("/diary/2026-11-19");

        var response = await client.PostFormAsync($"/forms/episodes/{id}/delete", (HtmlPages.AntiforgeryField, token), ("returnUrl", "/diary/2026-11-19"));

        Assert.Equal("/diary/2026-11-19?deleted=episode", response.Headers.Location!.OriginalString);
        Assert.Contains("Deleted.", await client.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrampNowPage_SaysACrampIsStillOpen_UntilAnHourHasPassed()
    {
        var client = await _app.CreatePageClientAsync();
        Assert.DoesNotContain("is still open", await client.GetStringAsync("/cramp-now"), StringComparison.Ordinal);
        var id = await StartAsync(client);

        var page = await client.GetStringAsync("/cramp-now");
        Assert.Contains("and is still open.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/episodes/{id}\"", page, StringComparison.Ordinal);

        _app.Clock.Advance(NodaTime.Duration.FromMinutes(61)); // past the hour, it asks for a duration instead (EditEpisodePage)
        Assert.DoesNotContain("is still open", await client.GetStringAsync("/cramp-now"), StringComparison.Ordinal);
    }

    private static async Task<string> StartAsync(HttpClient client)
    {
        var (_, token) = await client.GetFormPageAsync("/cramp-now");
        var response = await client.PostFormAsync("/forms/episodes/start", (HtmlPages.AntiforgeryField, token), ("muscle", "calf"), ("side", "left"));
        var location = response.Headers.Location!.OriginalString;
        return location["/episodes/".Length..location.IndexOf('?', StringComparison.Ordinal)];
    }

    /// <summary>Taps "It has stopped"; returns where it went: "?stopped=true" when it stored a duration.</summary>
    private static async Task<string> StopAsync(HttpClient client, string id)
    {
        var (_, token) = await client.GetFormPageAsync($"/episodes/{id}");
        var response = await client.PostFormAsync($"/forms/episodes/{id}/stop", (HtmlPages.AntiforgeryField, token));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"/episodes/{id}", location, StringComparison.Ordinal);
        return location;
    }
}

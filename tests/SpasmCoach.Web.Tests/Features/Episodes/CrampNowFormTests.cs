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
}

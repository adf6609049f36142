using System.Net;
using System.Text.RegularExpressions;
using NodaTime;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// "Start" and "+ Glass" carry the id their page was rendered with: the same tap sent twice stores one record, while an
/// old page sent again later, other choices, or someone else's id store a new one (OneTapForms).
/// </summary>
public sealed partial class OneTapFormTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public OneTapFormTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    [Fact]
    public async Task StartCramp_SameFormSentTwice_StoresOneCrampAndShowsItBothTimes()
    {
        var client = await _app.CreatePageClientAsync();
        var (token, formId) = await FormAsync(client, "/cramp-now");

        var first = await StartAsync(client, token, formId, "calf", "left");
        _app.Clock.Advance(Duration.FromSeconds(1));
        var second = await StartAsync(client, token, formId, "calf", "left");

        Assert.Equal(first, second);
        Assert.Single(await client.GetArrayAsync("/api/episodes"));
    }

    [Theory]
    [InlineData(3 * 60, "calf", "left")] // a page restored from the back-forward cache, minutes later
    [InlineData(5, "hamstrings", "left")] // another choice on the same page
    [InlineData(5, "calf", "right")]
    public async Task StartCramp_SameFormIdLaterOrWithOtherChoices_StoresANewCramp(int secondsLater, string muscle, string side)
    {
        var client = await _app.CreatePageClientAsync();
        var (token, formId) = await FormAsync(client, "/cramp-now");

        var first = await StartAsync(client, token, formId, "calf", "left");
        _app.Clock.Advance(Duration.FromSeconds(secondsLater));
        var second = await StartAsync(client, token, formId, muscle, side);

        Assert.NotEqual(first, second);
        Assert.Equal(2, (await client.GetArrayAsync("/api/episodes")).Count);
        Assert.Equal(muscle, (await client.GetJsonAsync($"/api/episodes/{second}"))["muscle"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartCramp_AnotherPersonsIdAsFormId_StoresANewCrampAndLeavesTheirsAlone()
    {
        var owner = await _app.CreatePageClientAsync();
        var (ownerToken, ownerFormId) = await FormAsync(owner, "/cramp-now");
        var theirs = await StartAsync(owner, ownerToken, ownerFormId, "calf", "left");
        var other = await _app.CreatePageClientAsync();
        var (token, _) = await FormAsync(other, "/cramp-now");

        var mine = await StartAsync(other, token, theirs, "quadriceps", "both");

        Assert.NotEqual(theirs, mine);
        Assert.Equal("quadriceps", (await other.GetJsonAsync($"/api/episodes/{mine}"))["muscle"]!.GetValue<string>());
        Assert.Equal("calf", (await owner.GetJsonAsync($"/api/episodes/{theirs}"))["muscle"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/episodes/{theirs}")).StatusCode);
    }

    [Fact]
    public async Task StartCramp_FormIdThatIsNotAnId_Returns400AndStoresNothing()
    {
        var client = await _app.CreatePageClientAsync();
        var (token, _) = await FormAsync(client, "/cramp-now");

        var response = await client.PostFormAsync("/forms/episodes/start",
            (HtmlPages.AntiforgeryField, token), ("formId", "not-an-id"), ("muscle", "calf"), ("side", "left"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await client.GetArrayAsync("/api/episodes"));
    }

    [Fact]
    public async Task QuickDrink_SameFormSentTwice_StoresOneDrink_AnotherSizeStoresASecond()
    {
        var client = await _app.CreatePageClientAsync();
        var (token, formId) = await FormAsync(client, "/drinks");

        await QuickDrinkAsync(client, token, formId, "glass");
        await QuickDrinkAsync(client, token, formId, "glass");
        Assert.Single(await client.GetArrayAsync("/api/drinks?from=2026-11-20&to=2026-11-20"));

        await QuickDrinkAsync(client, token, formId, "mug");
        var drinks = await client.GetArrayAsync("/api/drinks?from=2026-11-20&to=2026-11-20");
        Assert.Equal([250.0, 300.0], drinks.Select(d => d!["volumeMl"]!.GetValue<double>()).Order());
    }

    private static async Task<(string Token, string FormId)> FormAsync(HttpClient client, string page)
    {
        var (html, token) = await client.GetFormPageAsync(page);
        var formId = FormIdInput().Match(html);
        Assert.True(formId.Success, $"{page} has no formId field");
        return (token, formId.Groups[1].Value);
    }

    /// <summary>Posts the Start form; returns the id of the cramp it redirected to.</summary>
    private static async Task<string> StartAsync(HttpClient client, string token, string formId, string muscle, string side)
    {
        var response = await client.PostFormAsync("/forms/episodes/start",
            (HtmlPages.AntiforgeryField, token), ("formId", formId), ("muscle", muscle), ("side", side));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/episodes/[0-9a-f-]{36}\\?started=true$", location);
        return location["/episodes/".Length..location.IndexOf('?', StringComparison.Ordinal)];
    }

    private static async Task QuickDrinkAsync(HttpClient client, string token, string formId, string size)
    {
        var response = await client.PostFormAsync("/forms/drinks/quick",
            (HtmlPages.AntiforgeryField, token), ("formId", formId), ("size", size), ("beverage", "water"), ("returnUrl", "/drinks"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/drinks?added=drink:", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"formId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex FormIdInput();
}

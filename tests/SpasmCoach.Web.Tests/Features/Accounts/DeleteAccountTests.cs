using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpasmCoach.Persistence;
using SpasmCoach.Web.Tests.Features.CheckIns;
using SpasmCoach.Web.Tests.Features.Episodes;
using SpasmCoach.Web.Tests.Features.Hydration;

namespace SpasmCoach.Web.Tests.Features.Accounts;

/// <summary>
/// "Delete your account" removes the account and every row of its diary (and nobody else's), only with the account's
/// password; a sign-in or token still in use elsewhere afterwards is answered as signed out, never with a 500.
/// </summary>
public sealed class DeleteAccountTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    private const string Day = "2026-11-19";

    [Fact]
    public async Task WrongPassword_DeletesNothing_AndSaysSoUnderTheField()
    {
        var (page, api, _) = await DiaryAsync();
        var (_, token) = await page.GetFormPageAsync("/account/delete");

        var response = await page.PostFormAsync("/account/delete",
            ("_handler", "delete-account"), (HtmlPages.AntiforgeryField, token), ("Form.Password", "not-the-password"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("""<small class="field-error" id="password-error">That is not this account&#x27;s password. Nothing was deleted.</small>""",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Single(await api.GetArrayAsync($"/api/episodes?from={Day}&to={Day}"));
    }

    [Fact]
    public async Task RightPassword_DeletesTheAccountAndEveryRowOfItsDiary_AndOnlyThose()
    {
        var (page, api, email) = await DiaryAsync();
        var (other, _, _) = await DiaryAsync();
        var (before, token) = await page.GetFormPageAsync("/account/delete");
        Assert.Contains("1 cramp, 1 drink, 1 check-in, 1 food logged and 1 own food or supplement", before, StringComparison.Ordinal);
        var userId = await UserIdAsync(email);

        var response = await page.PostFormAsync("/account/delete",
            ("_handler", "delete-account"), (HtmlPages.AntiforgeryField, token), ("Form.Password", SpasmCoachApplication.Password));

        Assert.Equal("/account/deleted", PathOf(response));
        await using (var db = await ContextAsync())
        {
            Assert.Null(await db.Users.FindAsync([userId], TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Profiles.CountAsync(r => r.UserId == userId, TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Episodes.CountAsync(r => r.UserId == userId, TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.Drinks.CountAsync(r => r.UserId == userId, TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.CheckIns.CountAsync(r => r.UserId == userId, TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.FoodEntries.CountAsync(r => r.UserId == userId, TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.CustomFoods.CountAsync(r => r.UserId == userId, TestContext.Current.CancellationToken));
            Assert.Equal(0, await db.FavouriteFoods.CountAsync(r => r.UserId == userId, TestContext.Current.CancellationToken));
        }
        Assert.Single(await other.GetArrayAsync($"/api/episodes?from={Day}&to={Day}"));
        // This browser is signed out, and the password no longer signs in.
        Assert.Equal("/account/login", PathOf(await page.GetAsync("/profile", TestContext.Current.CancellationToken)));
        var login = await app.CreateAnonymousClient().PostAsJsonAsync("/api/auth/login", new { email, password = SpasmCoachApplication.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("Your account and your whole diary have been deleted", await app.CreateAnonymousClient().GetStringAsync("/account/deleted", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterDeletion_AStillValidTokenOrCookieThatWrites_IsAnsweredAsSignedOut()
    {
        var (page, api, _) = await DiaryAsync();
        // The same account signed in on a second device, its drinks page open.
        var otherDevice = await SignInOnAnotherDeviceAsync(api);
        var (_, drinksToken) = await otherDevice.GetFormPageAsync("/drinks");
        var logged = app.Logs.Entries.Count;
        var (_, token) = await page.GetFormPageAsync("/account/delete");
        await page.PostFormAsync("/account/delete",
            ("_handler", "delete-account"), (HtmlPages.AntiforgeryField, token), ("Form.Password", SpasmCoachApplication.Password));

        var episode = await api.PostJsonAsync("/api/episodes", EpisodesApiTests.ValidEpisode($"{Day}T23:00"));
        var problem = await episode.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("This account no longer exists.", problem["title"]!.GetValue<string>());
        await (await api.PutJsonAsync("/api/profile", new JsonObject { ["timeZone"] = "UTC", ["units"] = "metric", ["dayStartsAt"] = "04:00" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);

        var drink = await otherDevice.PostFormAsync("/forms/drinks/quick",
            (HtmlPages.AntiforgeryField, drinksToken), ("formId", Guid.NewGuid().ToString()), ("size", "glass"), ("beverage", "water"), ("returnUrl", "/drinks"));
        Assert.Equal(HttpStatusCode.Redirect, drink.StatusCode);
        Assert.Equal("/account/deleted", PathOf(drink));
        // Not logged as a server failure either, nor by EF as a failed write: each was refused before it was tried.
        Assert.DoesNotContain(app.Logs.Entries.Skip(logged), e => e.Level >= LogLevel.Error);
    }

    /// <summary>A cookie on another device is good until its next re-validation; reading a page with it signs out.</summary>
    [Fact]
    public async Task AfterDeletion_ACookieOnAnotherDeviceThatReadsAPage_IsSignedOutToTheDeletedPage()
    {
        var (page, api, _) = await DiaryAsync();
        var otherDevice = await SignInOnAnotherDeviceAsync(api);
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.GetAsync($"/diary/{Day}", TestContext.Current.CancellationToken)).StatusCode);
        var (_, token) = await page.GetFormPageAsync("/account/delete");
        await page.PostFormAsync("/account/delete",
            ("_handler", "delete-account"), (HtmlPages.AntiforgeryField, token), ("Form.Password", SpasmCoachApplication.Password));

        var diary = await otherDevice.GetAsync($"/diary/{Day}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, diary.StatusCode);
        Assert.Equal("/account/deleted", PathOf(diary));
        Assert.Equal("/account/login", PathOf(await otherDevice.GetAsync("/diary", TestContext.Current.CancellationToken)));
    }

    /// <summary>
    /// A bearer token is good until it expires: after the account is deleted, reading with it is answered as signed out
    /// too, on every endpoint, rather than with an empty diary. Writes are refused up front, so none reaches the database
    /// to fail on the foreign key, which EF logged as an error.
    /// </summary>
    [Fact]
    public async Task AfterDeletion_AStillValidToken_IsAnsweredAsSignedOutOnEveryApiEndpointAndNothingIsLoggedAsAnError()
    {
        var (page, api, _) = await DiaryAsync();
        Assert.Single(await api.GetArrayAsync($"/api/episodes?from={Day}&to={Day}"));
        var logged = app.Logs.Entries.Count;
        var (_, token) = await page.GetFormPageAsync("/account/delete");
        await page.PostFormAsync("/account/delete",
            ("_handler", "delete-account"), (HtmlPages.AntiforgeryField, token), ("Form.Password", SpasmCoachApplication.Password));

        var routes = ApiRoute.FromRouteTable(app.Services).Append(new ApiRoute("GET", "/api/auth/manage/info"));
        foreach (var route in routes)
        {
            var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url(Guid.NewGuid(), Day));
            if (route.Method is "POST" or "PUT")
            {
                request.Content = JsonContent.Create(route.Pattern == "/api/episodes" ? EpisodesApiTests.ValidEpisode($"{Day}T23:00") : new JsonObject());
            }
            var problem = await (await api.SendAsync(request, TestContext.Current.CancellationToken)).AssertProblemAsync(HttpStatusCode.Unauthorized);
            Assert.True(problem["title"]?.GetValue<string>() == "This account no longer exists.", $"{route}: {problem.ToJsonString()}");
        }
        Assert.DoesNotContain(app.Logs.Entries.Skip(logged), e => e.Level >= LogLevel.Error);
    }

    /// <summary>An account with one of everything, signed in with a cookie (page) and a bearer token (api).</summary>
    private async Task<(HttpClient Page, HttpClient Api, string Email)> DiaryAsync()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var email = SpasmCoachApplication.NewEmail();
        var page = await app.CreatePageClientAsync(email);
        var api = app.CreateAnonymousClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SpasmCoachApplication.LoginAsync(api, email));
        await SpasmCoachApplication.PutProfileAsync(api);
        await (await api.PostJsonAsync("/api/episodes", EpisodesApiTests.ValidEpisode($"{Day}T22:00"))).ReadJsonAsync(HttpStatusCode.Created);
        await (await api.PostJsonAsync("/api/drinks", HydrationApiTests.Drink($"{Day}T10:00"))).ReadJsonAsync(HttpStatusCode.Created);
        await (await api.PutJsonAsync($"/api/checkins/{Day}", CheckInsApiTests.FullCheckIn())).ReadJsonAsync();
        await (await api.PostJsonAsync("/api/food-entries", new JsonObject { ["atLocal"] = $"{Day}T08:00", ["ndbNo"] = "09040", ["grams"] = 118 })).ReadJsonAsync(HttpStatusCode.Created);
        var supplement = await (await api.PostJsonAsync("/api/custom-foods", new JsonObject { ["name"] = "magnesium", ["kind"] = "supplement", ["magnesiumMg"] = 200 })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsync($"/api/custom-foods/{supplement["id"]}/favourite", null)).StatusCode);
        return (page, api, email);
    }

    /// <summary>A cookie client signed in, through the sign-in page, to the account <paramref name="api"/> uses.</summary>
    private async Task<HttpClient> SignInOnAnotherDeviceAsync(HttpClient api)
    {
        var device = app.CreateAnonymousClient();
        var (_, token) = await device.GetFormPageAsync("/account/login");
        await device.PostFormAsync("/account/login",
            ("_handler", "login"), (HtmlPages.AntiforgeryField, token), ("Form.Email", await EmailOfAsync(api)), ("Form.Password", SpasmCoachApplication.Password));
        return device;
    }

    private static string? PathOf(HttpResponseMessage redirect) =>
        redirect.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.AbsolutePath : redirect.Headers.Location?.OriginalString.Split('?')[0];

    private async Task<SpasmCoachDbContext> ContextAsync() =>
        await app.Services.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = await ContextAsync();
        return (await db.Users.SingleAsync(u => u.Email == email, TestContext.Current.CancellationToken)).Id;
    }

    private static async Task<string> EmailOfAsync(HttpClient api) =>
        (await api.GetJsonAsync("/api/auth/manage/info"))["email"]!.GetValue<string>();
}

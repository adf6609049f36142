using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SpasmCoach.Web.Tests.Features.Accounts;

public sealed class AccountsTests(SpasmCoachApplication app, RateLimitedApplication limited)
    : IClassFixture<SpasmCoachApplication>, IClassFixture<RateLimitedApplication>
{
    [Fact]
    public async Task Login_AfterRegister_ReturnsBearerTokensThatOpenTheApi()
    {
        var client = app.CreateAnonymousClient();
        var email = SpasmCoachApplication.NewEmail();
        var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password = SpasmCoachApplication.Password });
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);

        var tokens = await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = SpasmCoachApplication.Password })).ReadJsonAsync();

        Assert.False(string.IsNullOrEmpty(tokens["accessToken"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(tokens["refreshToken"]!.GetValue<string>()));
        Assert.True(tokens["expiresIn"]!.GetValue<long>() > 0);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens["accessToken"]!.GetValue<string>());
        await client.GetJsonAsync("/api/profile");
    }

    [Fact]
    public async Task Register_PasswordUnder10Characters_Returns400Problem()
    {
        var client = app.CreateAnonymousClient();
        var email = SpasmCoachApplication.NewEmail();

        var problem = await (await client.PostAsJsonAsync("/api/auth/register", new { email, password = "nine-char" })).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("PasswordTooShort", problem["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Must be at least 10 characters long.", problem["errors"]!["password"]![0]!.GetValue<string>());
        await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = "nine-char" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Register_TakenEmail_Returns400Problem()
    {
        var email = SpasmCoachApplication.NewEmail();
        using var first = await app.CreateClientAsync(email);

        var problem = await (await app.CreateAnonymousClient().PostAsJsonAsync("/api/auth/register", new { email, password = "another-password-1" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Duplicate", problem["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["There is already an account with this e-mail. Sign in instead, or use another address."],
            problem["errors"]!["email"]!.AsArray().Select(m => m!.GetValue<string>()));
        await SpasmCoachApplication.LoginAsync(app.CreateAnonymousClient(), email);
    }

    [Theory]
    [InlineData("nul\u0000inside@spasmcoach.test")]
    [InlineData("bell\u0007@spasmcoach.test")]
    public async Task Register_EmailWithControlCharacter_Returns400ProblemAndLoginAnswers401(string email)
    {
        var client = app.CreateAnonymousClient();

        await (await client.PostAsJsonAsync("/api/auth/register", new { email, password = SpasmCoachApplication.Password })).AssertProblemAsync(HttpStatusCode.BadRequest);

        await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = SpasmCoachApplication.Password })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Register_EmailLongerThanTheAccountTableHolds_Returns400Problem()
    {
        var client = app.CreateAnonymousClient();
        var email = new string('a', 250) + "@spasmcoach.test";

        var problem = await (await client.PostAsJsonAsync("/api/auth/register", new { email, password = SpasmCoachApplication.Password })).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("InvalidEmail", problem["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(problem["errors"]!["email"]);
        await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = SpasmCoachApplication.Password })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>Identity's requests mark both fields required; leaving them out is no JSON error, and names them.</summary>
    [Theory]
    [InlineData("/api/auth/register", "{}", new[] { "email", "password" })]
    [InlineData("/api/auth/login", "{}", new[] { "email", "password" })]
    [InlineData("/api/auth/login", "{\"email\":\"someone@spasmcoach.test\"}", new[] { "password" })]
    public async Task Auth_RequiredFieldsLeftOut_Returns400NamingThem(string path, string body, string[] fields)
    {
        var client = app.CreateAnonymousClient();

        var problem = await (await client.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .AssertProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.Equal(fields, errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("This value is missing.", e.Value![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        var email = SpasmCoachApplication.NewEmail();
        using var _ = await app.CreateClientAsync(email);

        await (await app.CreateAnonymousClient().PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password-1" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        var email = SpasmCoachApplication.NewEmail();
        using var _ = await app.CreateClientAsync(email);
        var client = app.CreateAnonymousClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"wrong-password-{attempt}" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        }
        await SpasmCoachApplication.LoginAsync(client, email);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"wrong-password-{attempt}" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        var locked = await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = SpasmCoachApplication.Password }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("LockedOut", locked["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task ApiEndpoints_WithoutToken_Return401Problem()
    {
        var client = app.CreateAnonymousClient();
        var routes = ApiRoute.FromRouteTable(app.Services);
        Assert.NotEmpty(routes);

        foreach (var route in routes)
        {
            var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url(Guid.NewGuid(), "2026-11-19"));
            if (route.Method is "POST" or "PUT")
            {
                request.Content = JsonContent.Create(new JsonObject());
            }
            var response = await client.SendAsync(request);
            await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Api_WithForgedToken_Returns401Problem()
    {
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-forged-token");

        await (await client.GetAsync("/api/episodes")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_OverTheRateLimit_Returns429ProblemOnTheApiAndAPageForTheForms()
    {
        var client = limited.CreateAnonymousClient();
        for (var attempt = 1; attempt <= RateLimitedApplication.Limit; attempt++)
        {
            var allowed = await client.PostAsJsonAsync("/api/auth/login", new { email = SpasmCoachApplication.NewEmail(), password = "not-a-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        var refused = await client.PostAsJsonAsync("/api/auth/login", new { email = SpasmCoachApplication.NewEmail(), password = "not-a-password" });

        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()));
        await (await client.PostAsJsonAsync("/api/auth/register", new { email = SpasmCoachApplication.NewEmail(), password = SpasmCoachApplication.Password }))
            .AssertProblemAsync(HttpStatusCode.TooManyRequests);
        await (await client.GetAsync("/healthz")).ReadJsonAsync();

        // Viewing the pages is not an attempt; sending their forms is, and a browser gets a page, not JSON.
        var (_, token) = await client.GetFormPageAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/register")).StatusCode);
        var page = await client.PostFormAsync("/account/login",
            ("_handler", "login"), (HtmlPages.AntiforgeryField, token), ("Form.Email", SpasmCoachApplication.NewEmail()), ("Form.Password", "not-a-password"));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Wait a minute and try again.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

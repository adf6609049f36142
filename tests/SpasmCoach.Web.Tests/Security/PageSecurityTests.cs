using System.Net;
using System.Text.RegularExpressions;

namespace SpasmCoach.Web.Tests.Security;

public sealed partial class PageSecurityTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    public async Task FormPage_Anonymous_EveryPostFormCarriesAnAntiforgeryToken(string path)
    {
        var (html, _) = await app.CreateAnonymousClient().GetFormPageAsync(path);

        AssertEveryPostFormHasToken(html);
    }

    [Theory]
    [InlineData("/profile")]
    [InlineData("/cramp-now")]
    [InlineData("/episodes/new")]
    [InlineData("/drinks")]
    [InlineData("/checkin")]
    public async Task FormPage_SignedIn_EveryPostFormCarriesAnAntiforgeryToken(string path)
    {
        var client = await app.CreatePageClientAsync();

        var (html, _) = await client.GetFormPageAsync(path);

        AssertEveryPostFormHasToken(html);
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/account/login", false)]
    [InlineData("/account/register", false)]
    [InlineData("/", true)]
    [InlineData("/profile", true)]
    [InlineData("/cramp-now", true)]
    [InlineData("/episodes/new", true)]
    [InlineData("/drinks", true)]
    [InlineData("/checkin", true)]
    [InlineData("/diary", true)]
    [InlineData("/history", true)]
    public async Task Page_Any_ContentSecurityPolicyAllowsNoInlineScript(string path, bool signedIn)
    {
        var client = signedIn ? await app.CreatePageClientAsync() : app.CreateAnonymousClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToList());
        var scriptSources = directives.GetValueOrDefault("script-src") ?? directives["default-src"];
        Assert.DoesNotContain("'unsafe-inline'", scriptSources);
        Assert.DoesNotContain("*", scriptSources);
        var html = await response.Content.ReadAsStringAsync();
        Assert.All(HtmlPages.ScriptTags(html), tag => Assert.Contains(" src=", tag, StringComparison.Ordinal));
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
    }

    [Theory]
    [InlineData("/profile")]
    [InlineData("/cramp-now")]
    [InlineData("/episodes/new")]
    [InlineData("/drinks")]
    [InlineData("/checkin")]
    [InlineData("/diary")]
    [InlineData("/history")]
    public async Task Page_SignedOut_RedirectsToSignInAndBack(string path)
    {
        var response = await app.CreateAnonymousClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/login?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task LoginForm_WithoutAntiforgeryToken_GoesToNotSavedAndDoesNotSignIn()
    {
        var email = SpasmCoachApplication.NewEmail();
        using (await app.CreateClientAsync(email))
        {
        }
        var client = app.CreateAnonymousClient();
        await client.GetFormPageAsync("/account/login");

        var response = await client.PostFormAsync("/account/login",
            ("_handler", "login"), ("Form.Email", email), ("Form.Password", SpasmCoachApplication.Password));

        AssertSentToNotSaved(response, back: "/");
        var profile = await client.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
        Assert.StartsWith("/account/login", profile.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/drinks", "/drinks")]
    [InlineData("/forms/drinks/quick", "/")] // a one-tap form interrupted by signing out only answers POST
    [InlineData("//elsewhere.example", "/")]
    public async Task LoginForm_WithReturnUrl_GoesBackToThatPageOrHome(string returnUrl, string expected)
    {
        var email = SpasmCoachApplication.NewEmail();
        using (await app.CreateClientAsync(email))
        {
        }
        var client = app.CreateAnonymousClient();
        var page = $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var (_, token) = await client.GetFormPageAsync(page);

        var response = await client.PostFormAsync(page,
            ("_handler", "login"), (HtmlPages.AntiforgeryField, token), ("Form.Email", email), ("Form.Password", SpasmCoachApplication.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("localhost", response.Headers.Location!.Host);
        Assert.Equal(expected, response.Headers.Location.PathAndQuery);
    }

    [Fact]
    public async Task LoginForm_WithAntiforgeryToken_SignsInWithTheCookie()
    {
        var client = await app.CreatePageClientAsync();

        var response = await client.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your profile", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/forms/episodes/start", "muscle", "calf")]
    [InlineData("/forms/drinks/quick", "size", "glass")]
    public async Task FormPost_SignedInWithoutAntiforgeryToken_GoesToNotSavedAndStoresNothing(string path, string name, string value)
    {
        var client = await app.CreatePageClientAsync();

        var response = await client.PostFormAsync(path, (name, value), ("side", "left"), ("beverage", "water"));

        AssertSentToNotSaved(response, back: "/");
        Assert.Empty(await client.GetArrayAsync("/api/episodes"));
        Assert.Empty(await client.GetArrayAsync("/api/drinks"));
    }

    [Fact]
    public async Task FormPost_TokenFromAnotherSession_GoesToNotSavedAndBackToTheFormsPage()
    {
        var (_, strangersToken) = await (await app.CreatePageClientAsync()).GetFormPageAsync("/cramp-now");
        var client = await app.CreatePageClientAsync();
        client.DefaultRequestHeaders.Referrer = new Uri(client.BaseAddress!, "/cramp-now?muscle=calf");

        var response = await client.PostFormAsync("/forms/episodes/start",
            (HtmlPages.AntiforgeryField, strangersToken), ("muscle", "calf"), ("side", "left"));

        AssertSentToNotSaved(response, back: "/cramp-now?muscle=calf");
        Assert.Empty(await client.GetArrayAsync("/api/episodes"));
        var page = await (await client.GetAsync(response.Headers.Location)).Content.ReadAsStringAsync();
        Assert.Contains("nothing in it was saved", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cramp-now?muscle=calf\" class=\"action-link\">Open the page again</a>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://elsewhere.example/drinks")]
    [InlineData("http://localhost/forms/drinks/quick")] // answers POST only
    [InlineData("not a url")]
    public async Task FormPost_TokenFromAnotherSession_RefererNotOneOfOurPages_LeadsBackToToday(string referer)
    {
        var (_, strangersToken) = await (await app.CreatePageClientAsync()).GetFormPageAsync("/cramp-now");
        var client = await app.CreatePageClientAsync();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Referer", referer);

        var response = await client.PostFormAsync("/forms/drinks/quick",
            (HtmlPages.AntiforgeryField, strangersToken), ("size", "glass"), ("beverage", "water"));

        AssertSentToNotSaved(response, back: "/");
        Assert.Empty(await client.GetArrayAsync("/api/drinks"));
    }

    [Theory]
    [InlineData("//elsewhere.example")]
    [InlineData("https://elsewhere.example/")]
    public async Task NotSavedPage_BackToAnotherSite_LinksToTodayInstead(string back)
    {
        var client = await app.CreatePageClientAsync();

        var page = await (await client.GetAsync($"/form-expired?back={Uri.EscapeDataString(back)}")).Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"/\" class=\"action-link\">Open the page again</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", page, StringComparison.Ordinal);
    }

    /// <summary>A form whose token does not match is not run: a 303 to "Not saved", which leads back to the form's page.</summary>
    private static void AssertSentToNotSaved(HttpResponseMessage response, string back)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/form-expired?back={Uri.EscapeDataString(back)}", response.Headers.Location!.OriginalString);
    }

    private static void AssertEveryPostFormHasToken(string html)
    {
        var forms = PostForm().Matches(html);
        Assert.NotEmpty(forms);
        Assert.All(forms, form => Assert.NotNull(HtmlPages.AntiforgeryToken(form.Value)));
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    [GeneratedRegex("<[^>]+\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    /// <summary>"+ Glass" in a tab that had been signed out leads to sign-in; the page says the tap was not kept.</summary>
    [Fact]
    public async Task SignIn_AfterAOneTapFormWhileSignedOut_SaysItWasNotSaved()
    {
        var client = app.CreateAnonymousClient();

        var interrupted = await client.GetStringAsync("/account/login?ReturnUrl=%2Fforms%2Fdrinks%2Fquick", TestContext.Current.CancellationToken);
        var plain = await client.GetStringAsync("/account/login?ReturnUrl=%2Fdrinks", TestContext.Current.CancellationToken);

        Assert.Contains("what you just tapped was not saved", interrupted, StringComparison.Ordinal);
        Assert.DoesNotContain("was not saved", plain, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SpasmCoach.Web.Tests.Security;

/// <summary>
/// The sign-in and antiforgery cookies are HttpOnly and SameSite everywhere, and Secure outside Development, where
/// plain HTTP is also redirected to HTTPS and HSTS is sent.
/// </summary>
public sealed class CookieTests
{
    [Fact]
    public async Task SignIn_Production_CookiesSecureHttpOnlySameSiteAndHttpRedirected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ProductionApplication();
        await RegisterAsync(app);

        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://spasmcoach.example"), AllowAutoRedirect = false });
        var redirect = await plain.GetAsync("/account/login", ct);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal("https://spasmcoach.example/account/login", redirect.Headers.Location?.ToString());

        var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://spasmcoach.example"), AllowAutoRedirect = false });
        var (page, signIn) = await SignInAsync(https);
        Assert.StartsWith("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);

        var antiforgery = Cookie(page, "spasmcoach.af");
        var session = Cookie(signIn, "spasmcoach");
        Assert.Contains("secure", antiforgery);
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("secure", session);
        Assert.Contains("httponly", session);
        Assert.Contains("samesite=lax", session);
    }

    [Fact]
    public async Task SignIn_ProductionBehindTlsProxy_ForwardedHttpsServesPagesWithSecureCookies()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ProductionApplication();
        await RegisterAsync(app);
        // The proxy speaks plain HTTP to the app and says in X-Forwarded-Proto what the browser used. The browser's
        // side is HTTPS, so it sends the Secure cookies back; the test client would not over http://, so it is given them.
        var behindProxy = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://spasmcoach.example"), AllowAutoRedirect = false, HandleCookies = false,
        });
        behindProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var page = await behindProxy.GetAsync("/account/login", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = HtmlPages.AntiforgeryToken(await page.Content.ReadAsStringAsync(ct));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", [HtmlPages.AntiforgeryField] = token!, ["Form.Email"] = Email, ["Form.Password"] = SpasmCoachApplication.Password,
            }),
        };
        post.Headers.Add("Cookie", page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("spasmcoach.af=", StringComparison.Ordinal)).Split(';')[0]);
        var signIn = await behindProxy.SendAsync(post, ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("secure", Cookie(page, "spasmcoach.af"));
        Assert.Contains("secure", Cookie(signIn, "spasmcoach"));
    }

    [Fact]
    public async Task SignIn_Development_CookiesHttpOnlySameSiteLaxOverPlainHttp()
    {
        await using var app = new SpasmCoachApplication();
        using (await app.CreateClientAsync(Email))
        {
        }

        var (page, signIn) = await SignInAsync(app.CreateAnonymousClient());

        var session = Cookie(signIn, "spasmcoach");
        Assert.Contains("httponly", Cookie(page, "spasmcoach.af"));
        Assert.Contains("httponly", session);
        Assert.Contains("samesite=lax", session);
        Assert.DoesNotContain("secure", session);
    }

    private const string Email = "cookies@spasmcoach.test";

    private static async Task RegisterAsync(ProductionApplication app)
    {
        using var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://spasmcoach.example") });
        var register = await https.PostAsJsonAsync("/api/auth/register", new { email = Email, password = SpasmCoachApplication.Password });
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
    }

    private static async Task<(HttpResponseMessage Page, HttpResponseMessage SignIn)> SignInAsync(HttpClient client)
    {
        var page = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = HtmlPages.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        Assert.NotNull(token);
        var signIn = await client.PostFormAsync("/account/login",
            ("_handler", "login"), (HtmlPages.AntiforgeryField, token), ("Form.Email", Email), ("Form.Password", SpasmCoachApplication.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return (page, signIn);
    }

    /// <summary>The attributes of the named Set-Cookie header, lower-cased (for example "secure", "samesite=lax").</summary>
    private static string[] Cookie(HttpResponseMessage response, string name)
    {
        var header = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
        return [.. header.Split(';').Skip(1).Select(part => part.Trim().ToLowerInvariant())];
    }

    /// <summary>Deployed as README says: Production, HTTPS on 443, forwarded headers from a TLS proxy trusted.</summary>
    [Fact]
    public async Task ProductionWithoutHttps_PagesSayHttpsIsNeeded_ApiAndHealthStillAnswer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ProductionWithoutHttpsApplication();
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://spasmcoach.example"), AllowAutoRedirect = false });

        foreach (var page in new[] { "/account/login", "/account/register", "/" })
        {
            var response = await plain.GetAsync(page, ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("This SpasmCoach needs HTTPS", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync("/healthz", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await plain.GetAsync("/api/profile", ct)).StatusCode);
        var register = await plain.PostAsJsonAsync("/api/auth/register", new { email = SpasmCoachApplication.NewEmail(), password = SpasmCoachApplication.Password }, ct);
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
    }

    /// <summary>Production with no HTTPS port and no proxy: how a published build started with <c>--urls http://…</c> runs.</summary>
    private sealed class ProductionWithoutHttpsApplication : SpasmCoachApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    private sealed class ProductionApplication : SpasmCoachApplication
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("https_port", "443"), new("ForwardedHeaders_Enabled", "true")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}

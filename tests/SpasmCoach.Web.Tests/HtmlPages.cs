using System.Net;
using System.Text.RegularExpressions;

namespace SpasmCoach.Web.Tests;

/// <summary>Reads what a browser would read from the server-rendered pages, and posts their forms.</summary>
public static partial class HtmlPages
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>The antiforgery token of the first form on the page, or null when it has none.</summary>
    public static string? AntiforgeryToken(string html) => TokenInput().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>GETs a page (200 expected) and returns its HTML and antiforgery token.</summary>
    public static async Task<(string Html, string Token)> GetFormPageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        var token = AntiforgeryToken(html);
        Assert.False(string.IsNullOrEmpty(token), $"GET {path} has no {AntiforgeryField} field");
        return (html, token);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, params (string Name, string Value)[] fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    /// <summary>
    /// A client signed in with the cookie, the way a browser does it: registers through the API, then posts the
    /// sign-in page's form with its antiforgery token.
    /// </summary>
    public static async Task<HttpClient> CreatePageClientAsync(this SpasmCoachApplication app, string? email = null)
    {
        email ??= SpasmCoachApplication.NewEmail();
        using (await app.CreateClientAsync(email))
        {
        }
        var client = app.CreateAnonymousClient();
        var (_, token) = await client.GetFormPageAsync("/account/login");
        var response = await client.PostFormAsync("/account/login",
            ("_handler", "login"), (AntiforgeryField, token), ("Form.Email", email), ("Form.Password", SpasmCoachApplication.Password));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"sign-in form: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>Every script element; under the CSP each must load from a file, not carry inline code.</summary>
    public static IEnumerable<string> ScriptTags(string html) => ScriptTag().Matches(html).Select(m => m.Value);

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("<script\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}

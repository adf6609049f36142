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

    /// <summary>
    /// The fields a browser sends when the form named <paramref name="formName"/> is submitted untouched: text inputs,
    /// checked boxes and radios, each select's chosen option (the one marked selected, else the first) and textareas.
    /// </summary>
    public static List<(string Name, string Value)> FormAsShown(string html, string formName)
    {
        var form = FormElement().Matches(html).Select(m => m.Value)
            .SingleOrDefault(f => f.Contains($"name=\"_handler\" value=\"{formName}\"", StringComparison.Ordinal));
        Assert.True(form is not null, $"no form named {formName}");
        var fields = new List<(string, string)>();
        foreach (Match control in FormControl().Matches(form))
        {
            var attributes = Attributes(control.Groups["tag"].Value);
            if (!attributes.TryGetValue("name", out var name) || attributes.ContainsKey("disabled"))
            {
                continue;
            }
            switch (control.Groups["element"].Value)
            {
                case "input":
                    var type = attributes.GetValueOrDefault("type", "text");
                    if (type is "submit" or "button" or "reset" || (type is "checkbox" or "radio" && !attributes.ContainsKey("checked")))
                    {
                        continue;
                    }
                    fields.Add((name, attributes.GetValueOrDefault("value", type is "checkbox" or "radio" ? "on" : "")));
                    break;
                case "textarea":
                    fields.Add((name, WebUtility.HtmlDecode(control.Groups["content"].Value)));
                    break;
                case "select":
                    var options = OptionElement().Matches(control.Groups["content"].Value)
                        .Select(o => (Attributes: Attributes(o.Groups["tag"].Value), Text: WebUtility.HtmlDecode(o.Groups["content"].Value).Trim()))
                        .ToList();
                    if (options.Count > 0)
                    {
                        var chosen = options.FirstOrDefault(o => o.Attributes.ContainsKey("selected"), options[0]);
                        fields.Add((name, chosen.Attributes.GetValueOrDefault("value", chosen.Text)));
                    }
                    break;
            }
        }
        return fields;
    }

    private static Dictionary<string, string> Attributes(string tag) =>
        AttributePair().Matches(tag).DistinctBy(m => m.Groups[1].Value)
            .ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    /// <summary>Every script element; under the CSP each must load from a file, not carry inline code.</summary>
    public static IEnumerable<string> ScriptTags(string html) => ScriptTag().Matches(html).Select(m => m.Value);

    /// <summary>
    /// Each chart's figure, in page order: its title (the caption, when it comes before the chart, as a title does;
    /// null when it does not) and its canvas id.
    /// </summary>
    public static List<(string? Title, string CanvasId)> ChartFigures(string html) =>
        [.. ChartFigure().Matches(html).Select(m => (m.Groups["title"].Success ? m.Groups["title"].Value : null, m.Groups["canvas"].Value))];

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("(?<tag><(?<element>input)\\b[^>]*>)|(?<tag><(?<element>textarea|select)\\b[^>]*>)(?<content>.*?)</\\k<element>>", RegexOptions.Singleline)]
    private static partial Regex FormControl();

    [GeneratedRegex("(?<tag><option\\b[^>]*>)(?<content>.*?)</option>", RegexOptions.Singleline)]
    private static partial Regex OptionElement();

    // name="value", or a bare boolean attribute (checked, selected, disabled). The element's own name never has '='.
    [GeneratedRegex("\\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=\"([^\"]*)\")?")]
    private static partial Regex AttributePair();

    [GeneratedRegex("<figure>\\s*(?:<figcaption>(?<title>[^<]*)</figcaption>\\s*)?<div class=\"chart-box\"><canvas id=\"(?<canvas>[^\"]+)\".*?</figure>", RegexOptions.Singleline)]
    private static partial Regex ChartFigure();

    [GeneratedRegex("<script\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}

using System.Net;
using System.Text.RegularExpressions;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// A form sent back with errors marks exactly the fields in error with aria-invalid="true" and points each at its
/// message with aria-describedby, so a screen reader announces which field is wrong and why.
/// </summary>
public sealed partial class FieldErrorMarkupTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    public static TheoryData<string, string, string[], string[]> InvalidForms => new()
    {
        // page, form name, fields posted (name=value), the inputs (id, or name for radios) expected to be marked.
        // A value that does not read as a number and one the rules reject show in the same answer.
        { "/checkin", "checkin", ["Model.SleepHours=30", "Model.Weight=abc", "Model.KneePain=2"], ["sleepHours", "weightKg"] },
        {
            "/profile", "profile",
            ["Form.TimeZone=Europe/London", "Form.Units=metric", "Form.BirthDate=1850-01-01", "Form.LifeStage=none", "Form.DayStartsAt=04:00", "Form.Weight=heavy"],
            ["birthDate", "weightKg"]
        },
        { "/drinks", "custom-drink", ["Model.Amount=0", "Model.Beverage=water", "Model.AtLocal=2026-11-20T11:00"], ["volumeMl"] },
        { "/drinks", "custom-drink", ["Model.Amount=a glass", "Model.Beverage=water", "Model.AtLocal=2027-01-01T09:00"], ["volumeMl", "atLocal"] },
        { "/food/own", "custom-food", ["Model.Name=", "Model.Kind=supplement", "Model.ServingDescription=1 tablet", "Model.MagnesiumMg=lots"], ["name", "magnesiumMg"] },
        {
            "/episodes/new", "log-episode",
            ["Model.StartedAtLocal=2026-11-19T03:00", "Model.Muscle=calf", "Model.Severity=5", "Model.DurationMinutes=-1", "Model.DurationSeconds=0"],
            ["durationMinutes", "durationSecondsPart", "Model.Side", "Model.Side", "Model.Side"]
        },
        {
            "/episodes/new", "log-episode",
            ["Model.StartedAtLocal=2026-11-19T03:00", "Model.Muscle=calf", "Model.Side=left", "Model.Severity=11", "Model.DurationMinutes=two"],
            ["durationMinutes", "durationSecondsPart", .. Enumerable.Repeat("Model.Severity", 11)]
        },
        // Each box is checked on its own: "1 min -5 s" once saved as 55 s.
        {
            "/episodes/new", "log-episode",
            ["Model.StartedAtLocal=2026-11-19T03:00", "Model.Muscle=calf", "Model.Side=left", "Model.DurationMinutes=1", "Model.DurationSeconds=-5"],
            ["durationMinutes", "durationSecondsPart"]
        },
        // Eased after 2 minutes of a 4-second cramp: the rule is about the relief, so its box is marked, not the duration's.
        {
            "/episodes/new", "log-episode",
            ["Model.StartedAtLocal=2026-11-19T03:00", "Model.Muscle=calf", "Model.Side=left", "Model.DurationMinutes=0", "Model.DurationSeconds=4", "Model.ReliefMinutes=2"],
            ["timeToReliefSeconds"]
        },
        // An empty start is a mistake on this form (the API reads it as "now", which once filled it in unasked).
        { "/episodes/new", "log-episode", ["Model.StartedAtLocal=", "Model.Muscle=calf", "Model.Side=left"], ["startedAtLocal"] },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task FormPost_InvalidFields_MarksExactlyThoseFieldsInvalid(string page, string form, string[] fields, string[] expected)
    {
        var client = await app.CreatePageClientAsync();
        var (before, token) = await client.GetFormPageAsync(page);
        Assert.Empty(InvalidInputs(before));

        var posted = fields.Select(f => (f[..f.IndexOf('=', StringComparison.Ordinal)], f[(f.IndexOf('=', StringComparison.Ordinal) + 1)..]));
        var response = await client.PostFormAsync(page, [("_handler", form), (HtmlPages.AntiforgeryField, token), .. posted]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var marked = InvalidInputs(html);
        Assert.Equal(expected.Order(StringComparer.Ordinal), marked.Select(m => m.Key).Order(StringComparer.Ordinal));
        foreach (var (_, describedBy) in marked.Where(m => !m.Key.StartsWith("Model.", StringComparison.Ordinal)))
        {
            Assert.EndsWith("-error", describedBy);
            Assert.Contains($"id=\"{describedBy}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ErrorSummary_UnreadableWeightAndTooMuchSleep_ListsThemInTheFormsOrder()
    {
        var client = await app.CreatePageClientAsync();
        var (_, token) = await client.GetFormPageAsync("/checkin");

        var response = await client.PostFormAsync("/checkin",
            ("_handler", "checkin"), (HtmlPages.AntiforgeryField, token), ("Model.SleepHours", "30"), ("Model.Weight", "72kg"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // The weight fails first (it does not read as a number), but sleep comes first on the form.
        var sleep = html.IndexOf("<a href=\"#sleepHours\">", StringComparison.Ordinal);
        var weight = html.IndexOf("<a href=\"#weightKg\">", StringComparison.Ordinal);
        Assert.True(sleep >= 0 && weight > sleep, $"sleep at {sleep}, weight at {weight}");
    }

    [Fact]
    public async Task Duration_BothBoxesUnreadable_OneMessageNamesEachBox_AboveTheBoxes()
    {
        var client = await app.CreatePageClientAsync();
        var (_, token) = await client.GetFormPageAsync("/episodes/new");

        var response = await client.PostFormAsync("/episodes/new",
            ("_handler", "log-episode"), (HtmlPages.AntiforgeryField, token), ("Model.StartedAtLocal", "2026-11-19T03:00"),
            ("Model.Muscle", "calf"), ("Model.Side", "left"), ("Model.DurationMinutes", "two"), ("Model.DurationSeconds", "ten"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // One element, so the id both boxes name in aria-describedby is unique; it sits before the minutes box.
        const string error = "<small class=\"field-error\" id=\"durationSeconds-error\">Minutes must be a number. Seconds must be a number.</small>";
        Assert.Single(html.Split("id=\"durationSeconds-error\"").Skip(1));
        Assert.InRange(html.IndexOf(error, StringComparison.Ordinal), 0, html.IndexOf("id=\"durationMinutes\"", StringComparison.Ordinal));
    }

    /// <summary>Each input marked aria-invalid="true": its id (or, for radios, its name) and its aria-describedby.</summary>
    private static List<KeyValuePair<string, string>> InvalidInputs(string html) =>
        [.. Control().Matches(html).Select(m => m.Value).Where(tag => tag.Contains("aria-invalid=\"true\"", StringComparison.Ordinal))
            .Select(tag => KeyValuePair.Create(
                Attribute(tag, "type") == "radio" ? Attribute(tag, "name") : Attribute(tag, "id"),
                Attribute(tag, "aria-describedby")))];

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{Regex.Escape(name)}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : "";

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();
}

using System.Net;
using NodaTime;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// The full forms ("Save cramp", an own amount of drink, a food, an own food) carry the id their page was rendered
/// with: the same form sent twice, as a slow double tap on Save does, stores one record. A form edited and sent again
/// (back button, change a field, Save) or the same form sent again minutes later stores a second (OneTapForms).
/// </summary>
public sealed class FullFormSubmitOnceTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public FullFormSubmitOnceTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    public static TheoryData<string, string, string, string[], string> Forms => new()
    {
        // page, form name, where the API lists what it stored, the fields a person fills in, one of them changed.
        {
            "/episodes/new", "log-episode", "/api/episodes?from=2026-11-18&to=2026-11-19",
            [
                "Model.StartedAtLocal=2026-11-19T03:00", "Model.Muscle=hamstrings", "Model.Side=right", "Model.DurationMinutes=3",
                "Model.DurationSeconds=30", "Model.Severity=6", "Model.Activity=sitting", "Model.Stretch=True", "Model.Cold=True",
                "Model.HelpedBy=cold", "Model.ReliefMinutes=2.5", "Model.SorenessAfter=3", "Model.Notes=After the film.",
            ],
            "Model.Severity=7"
        },
        { "/drinks", "custom-drink", "/api/drinks?from=2026-11-20&to=2026-11-20", ["Model.Amount=330", "Model.Beverage=tea", "Model.AtLocal=2026-11-20T11:00"], "Model.Amount=331" },
        {
            "/food/add/09040", "add-food", "/api/food-entries?from=2026-11-20&to=2026-11-20",
            ["Model.Mode=weight", "Model.Weight=120", "Model.AtLocal=2026-11-20T08:00"], "Model.AtLocal=2026-11-20T08:05"
        },
        {
            "/food/own", "custom-food", "/api/custom-foods",
            ["Model.Name=Magnesium citrate", "Model.Kind=supplement", "Model.ServingDescription=1 tablet", "Model.MagnesiumMg=200"], "Model.MagnesiumMg=100"
        },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task SameFormSentTwice_StoresOneRecord(string page, string form, string list, string[] typed, string changed)
    {
        _ = changed;
        var client = await _app.CreatePageClientAsync();
        var fields = await FilledFormAsync(client, page, form, typed);

        var first = await SubmitAsync(client, page, fields);
        _app.Clock.Advance(Duration.FromSeconds(2));
        var second = await SubmitAsync(client, page, fields);

        Assert.Equal(first, second);
        Assert.Single(await client.GetArrayAsync(list));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task SameFormEditedAndSentAgain_StoresBoth(string page, string form, string list, string[] typed, string changed)
    {
        var client = await _app.CreatePageClientAsync();
        var fields = await FilledFormAsync(client, page, form, typed);
        var field = changed[..changed.IndexOf('=', StringComparison.Ordinal)];

        await SubmitAsync(client, page, fields);
        _app.Clock.Advance(Duration.FromSeconds(20));
        await SubmitAsync(client, page, [.. fields.Select(f => f.Name == field ? (f.Name, changed[(field.Length + 1)..]) : f)]);

        Assert.Equal(2, (await client.GetArrayAsync(list)).Count);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task SameFormSentAgainMinutesLater_StoresASecondRecord(string page, string form, string list, string[] typed, string changed)
    {
        _ = changed;
        var client = await _app.CreatePageClientAsync();
        var fields = await FilledFormAsync(client, page, form, typed);

        await SubmitAsync(client, page, fields);
        _app.Clock.Advance(Duration.FromMinutes(3));
        await SubmitAsync(client, page, fields);

        Assert.Equal(2, (await client.GetArrayAsync(list)).Count);
    }

    [Fact]
    public async Task FormWithAMistake_CorrectedAndSentTwice_StoresOneCramp()
    {
        var client = await _app.CreatePageClientAsync();
        var fields = await FilledFormAsync(client, "/episodes/new", "log-episode",
            ["Model.StartedAtLocal=2026-11-19T03:00", "Model.Muscle=calf", "Model.Side=left", "Model.DurationMinutes=-2"]);

        var refused = await client.PostFormAsync("/episodes/new", [.. fields]);
        var shownAgain = HtmlPages.FormAsShown(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "log-episode");
        Assert.Equal(fields.Single(f => f.Name == "Model.FormId"), shownAgain.Single(f => f.Name == "Model.FormId"));
        List<(string Name, string Value)> corrected = [.. shownAgain.Select(f => f.Name == "Model.DurationMinutes" ? (f.Name, "2") : f)];

        var first = await SubmitAsync(client, "/episodes/new", corrected);
        var second = await SubmitAsync(client, "/episodes/new", corrected);

        Assert.Equal(first, second);
        Assert.Equal(120, Assert.Single(await client.GetArrayAsync("/api/episodes?from=2026-11-18&to=2026-11-19"))!["durationSeconds"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnotherPersonsRecordIdAsFormId_StoresANewRecordAndLeavesTheirsAlone()
    {
        var owner = await _app.CreatePageClientAsync();
        var theirs = await SubmitAsync(owner, "/drinks", await FilledFormAsync(owner, "/drinks", "custom-drink", ["Model.Amount=330", "Model.AtLocal=2026-11-20T11:00"]));
        var other = await _app.CreatePageClientAsync();
        var fields = await FilledFormAsync(other, "/drinks", "custom-drink", ["Model.Amount=330", "Model.AtLocal=2026-11-20T11:00"]);

        var mine = await SubmitAsync(other, "/drinks", [.. fields.Select(f => f.Name == "Model.FormId" ? (f.Name, theirs) : f)]);

        Assert.NotEqual(theirs, mine);
        Assert.Single(await other.GetArrayAsync("/api/drinks?from=2026-11-20&to=2026-11-20"));
        Assert.Single(await owner.GetArrayAsync("/api/drinks?from=2026-11-20&to=2026-11-20"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/drinks/{theirs}")).StatusCode);
    }

    [Fact]
    public async Task LogOwnFood_SameTapTwice_LogsOnce_AnotherAmountLogsAgain()
    {
        var client = await _app.CreatePageClientAsync();
        await SubmitAsync(client, "/food/own", await FilledFormAsync(client, "/food/own", "custom-food", ["Model.Name=Magnesium citrate", "Model.MagnesiumMg=200"]));
        var food = Assert.Single(await client.GetArrayAsync("/api/custom-foods"))!["id"]!.GetValue<string>();
        var (html, token) = await client.GetFormPageAsync("/food/own");
        var formId = System.Text.RegularExpressions.Regex.Match(html, "name=\"formId\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;

        async Task LogAsync(string servings)
        {
            var response = await client.PostFormAsync($"/forms/custom-foods/{food}/log", (HtmlPages.AntiforgeryField, token), ("formId", formId), ("servings", servings));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        await LogAsync("1");
        await LogAsync("1");
        Assert.Single(await client.GetArrayAsync("/api/food-entries?from=2026-11-20&to=2026-11-20"));

        await LogAsync("2");
        Assert.Equal(2, (await client.GetArrayAsync("/api/food-entries?from=2026-11-20&to=2026-11-20")).Count);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("1,000")] // a thousands comma, once read as 1
    [InlineData("1e1")] // once read as 10
    public async Task LogOwnFood_ServingsNotAllowed_LogsNothingAndSaysForWhichFood(string servings)
    {
        var client = await _app.CreatePageClientAsync();
        await SubmitAsync(client, "/food/own", await FilledFormAsync(client, "/food/own", "custom-food", ["Model.Name=Magnesium citrate", "Model.MagnesiumMg=200"]));
        var food = Assert.Single(await client.GetArrayAsync("/api/custom-foods"))!["id"]!.GetValue<string>();
        var (_, token) = await client.GetFormPageAsync("/food/own");

        var response = await client.PostFormAsync($"/forms/custom-foods/{food}/log", (HtmlPages.AntiforgeryField, token), ("servings", servings));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Nothing logged: servings of Magnesium citrate must be a number", page, StringComparison.Ordinal);
        Assert.Empty(await client.GetArrayAsync("/api/food-entries?from=2026-11-20&to=2026-11-20"));
    }

    /// <summary>The form as the page shows it, with <paramref name="typed"/> filled in over it (and checkboxes ticked).</summary>
    private static async Task<List<(string Name, string Value)>> FilledFormAsync(HttpClient client, string page, string form, string[] typed)
    {
        var (html, _) = await client.GetFormPageAsync(page);
        var shown = HtmlPages.FormAsShown(html, form);
        Assert.Contains(shown, f => f.Name == "Model.FormId" && Guid.TryParse(f.Value, out _));
        var filled = typed.Select(t => (Name: t[..t.IndexOf('=', StringComparison.Ordinal)], Value: t[(t.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToList();
        return [.. shown.Where(f => filled.All(t => t.Name != f.Name)), .. filled];
    }

    /// <summary>Posts the form; returns the id of the record the page went on to show.</summary>
    private static async Task<string> SubmitAsync(HttpClient client, string page, List<(string Name, string Value)> fields)
    {
        var response = await client.PostFormAsync(page, [.. fields]);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"POST {page}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.OriginalString;
        var id = System.Text.RegularExpressions.Regex.Match(location, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        Assert.True(id.Success, $"POST {page} went to {location}, which names no record");
        return id.Value;
    }
}

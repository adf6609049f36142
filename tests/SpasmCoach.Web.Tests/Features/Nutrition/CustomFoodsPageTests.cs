using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;

namespace SpasmCoach.Web.Tests.Features.Nutrition;

/// <summary>Saving an own food or supplement says so, like every other save; logging one lands on the day it came from.</summary>
public sealed partial class CustomFoodsPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    [Fact]
    public async Task Save_GoesToTheFoodWithANotice()
    {
        var client = await app.CreatePageClientAsync();
        var (html, _) = await client.GetFormPageAsync("/food/own");
        var fields = HtmlPages.FormAsShown(html, "custom-food")
            .Where(f => f.Name is not ("Model.Name" or "Model.MagnesiumMg"))
            .Append(("Model.Name", "Magnesium citrate")).Append(("Model.MagnesiumMg", "200")).ToArray();

        var response = await client.PostFormAsync("/food/own", fields);

        var location = response.Headers.Location!.OriginalString;
        var id = Assert.Single(await client.GetArrayAsync("/api/custom-foods"))!["id"]!.GetValue<string>();
        Assert.EndsWith($"/food/own?saved={id}#food-{id}", location, StringComparison.Ordinal);
        Assert.Contains("Saved Magnesium citrate. Log it from the list below.", await client.GetStringAsync(location, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>
    /// Water per serving is typed in the units the day's water is read in: fl oz with US units (it asked for g), g
    /// (1 g is 1 ml) with metric. Either way it is stored in g, as the API gives it.
    /// </summary>
    [Theory]
    [InlineData("us", "Water (fl oz)", "8", 236.5882365)]
    [InlineData("metric", "Water (g, 1 g ≈ 1 ml)", "250", 250)]
    public async Task Save_WaterIsTypedInTheProfilesUnits_StoredInGrams(string units, string label, string typed, double storedG)
    {
        var client = await app.CreatePageClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, units: units);
        var (html, _) = await client.GetFormPageAsync("/food/own");
        Assert.Contains($"<label for=\"waterG\">{label}</label>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);

        await client.PostFormAsync("/food/own", CustomFoodForm(html, ("Model.Name", "Broth"), ("Model.Water", typed)));

        var food = Assert.Single(await client.GetArrayAsync("/api/custom-foods"))!;
        Assert.Equal(storedG, food["waterG"]!.GetValue<double>(), 6);
    }

    private static (string Name, string Value)[] CustomFoodForm(string html, params (string Name, string Value)[] typed) =>
        [.. HtmlPages.FormAsShown(html, "custom-food").Where(f => typed.All(t => t.Name != f.Name)), .. typed];

    /// <summary>
    /// The walkthrough: a day's food page, a recent own food, Log. From an earlier day's page it goes on that day at
    /// 12:00, like a USDA food opened from there; from today's, at the time it is logged. Either way back to that day.
    /// </summary>
    [Theory]
    [InlineData("/food/day/2026-11-19", "2026-11-19T12:00:00", "/food/day/2026-11-19?added=food:")]
    [InlineData("/food", "2026-11-20T09:30:00", "/food?added=food:")]
    public async Task Log_FromADaysRecentFoods_LandsOnThatDay(string dayPage, string expectedAt, string expectedRedirect)
    {
        app.Clock.Reset(Instant.FromUtc(2026, 11, 20, 9, 30));
        var client = await app.CreatePageClientAsync();
        var food = (await (await client.PostJsonAsync("/api/custom-foods", new JsonObject { ["name"] = "Homemade soup", ["kind"] = "food", ["servingDescription"] = "1 bowl" }))
            .ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await client.PostJsonAsync("/api/food-entries", new JsonObject { ["atLocal"] = "2026-11-18T08:00", ["customFoodId"] = food, ["quantity"] = 1 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var recentLink = Regex.Match(await client.GetStringAsync(dayPage, TestContext.Current.CancellationToken), $"href=\"([^\"#]*)#food-{food}\"").Groups[1].Value;
        var (ownFoods, _) = await client.GetFormPageAsync(WebUtility.HtmlDecode(recentLink));

        var response = await client.PostFormAsync($"/forms/custom-foods/{food}/log", LogForm(ownFoods, food));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(expectedRedirect, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var entry = Assert.Single(await client.GetArrayAsync("/api/food-entries?from=2026-11-19&to=2026-11-20"))!;
        Assert.Equal(expectedAt, entry["atLocal"]!.GetValue<string>());
    }

    /// <summary>A Log form whose day was changed to one that cannot exist logs nothing (it once logged it today).</summary>
    [Fact]
    public async Task Log_WithAnImpossibleDay_IsNotFoundAndLogsNothing()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        var food = (await (await client.PostJsonAsync("/api/custom-foods", new JsonObject { ["name"] = "Homemade soup", ["kind"] = "food", ["servingDescription"] = "1 bowl" }))
            .ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var (ownFoods, _) = await client.GetFormPageAsync("/food/own?day=2026-11-19");
        var fields = LogForm(ownFoods, food).Where(f => f.Name != "day").Append(("day", "2026-02-30")).ToArray();

        var response = await client.PostFormAsync($"/forms/custom-foods/{food}/log", fields);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await client.GetArrayAsync("/api/food-entries?from=2026-01-01&to=2026-11-20"));
    }

    [Fact]
    public async Task Delete_OnAnEarlierDaysOwnFoods_StaysOnThatDay()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        var food = (await (await client.PostJsonAsync("/api/custom-foods", new JsonObject { ["name"] = "Homemade soup", ["kind"] = "food" }))
            .ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        var (html, token) = await client.GetFormPageAsync("/food/own?day=2026-11-19");
        var returnUrl = Regex.Match(html, "name=\"returnUrl\" value=\"([^\"]*)\"").Groups[1].Value;

        var response = await client.PostFormAsync($"/forms/custom-foods/{food}/delete", (HtmlPages.AntiforgeryField, token), ("returnUrl", WebUtility.HtmlDecode(returnUrl)));

        Assert.Equal("/food/own?day=2026-11-19&deleted=custom", response.Headers.Location!.OriginalString);
        Assert.Contains("Log adds a food to <a href=\"/food/day/2026-11-19\">Thursday 19 November</a> at 12:00.", await client.GetStringAsync(response.Headers.Location, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>The fields of an own food's Log form as the page shows it: token, form id, servings and the day if any.</summary>
    private static (string Name, string Value)[] LogForm(string html, string food)
    {
        var form = Regex.Match(html, $"<form[^>]*action=\"/forms/custom-foods/{food}/log\".*?</form>", RegexOptions.Singleline);
        Assert.True(form.Success, "no Log form for the food");
        return [.. InputField().Matches(form.Value).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))];
    }

    [GeneratedRegex("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex InputField();
}

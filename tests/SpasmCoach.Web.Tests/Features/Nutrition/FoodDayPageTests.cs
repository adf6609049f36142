using System.Net;
using System.Text.Json.Nodes;

namespace SpasmCoach.Web.Tests.Features.Nutrition;

/// <summary>The food day: the person's units, and the recent foods it offers.</summary>
public sealed class FoodDayPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    [Theory]
    [InlineData("metric", "Water from food 88 ml.")]
    [InlineData("us", "Water from food 3 fl oz")]
    [InlineData("metric", "Bananas, raw · 118 g")]
    [InlineData("us", "Bananas, raw · 4.2 oz (118 g)")]
    public async Task WaterAndWeighedFood_AreInTheProfilesUnits(string units, string expected)
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, units: units);
        await (await client.PostJsonAsync("/api/food-entries", new JsonObject { ["atLocal"] = "2026-11-19T08:00", ["ndbNo"] = "09040", ["grams"] = 118 }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var html = await client.GetStringAsync("/food/day/2026-11-19", TestContext.Current.CancellationToken);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    /// <summary>Foods with no water figure make the day's water from food unknown or a lower bound, as for minerals: never "0 ml".</summary>
    [Theory]
    [InlineData(false, "Water from food unknown: the 1 food has no water data.")]
    [InlineData(true, "Water from food at least 88 ml, 1 of 2 foods has no water data.")]
    public async Task WaterFromFood_FoodsWithoutWaterData_SaysSo(bool banana, string expected)
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        if (banana)
        {
            await (await client.PostJsonAsync("/api/food-entries", new JsonObject { ["atLocal"] = "2026-11-19T08:00", ["ndbNo"] = "09040", ["grams"] = 118 }))
                .ReadJsonAsync(HttpStatusCode.Created);
        }
        await Hydration.HydrationSummaryTests.LogTabletAsync(client, "2026-11-19T09:00");

        var html = await client.GetStringAsync("/food/day/2026-11-19", TestContext.Current.CancellationToken);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    /// <summary>
    /// The magnesium warning says what happens above the limit in words US and UK readers spell alike: "diarrhoea"
    /// read as a misspelling to US readers. Its source is still given.
    /// </summary>
    [Fact]
    public async Task MagnesiumSupplementWarning_ReadsAlikeInUsAndUkEnglish()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, units: "us");
        await Hydration.HydrationSummaryTests.LogTabletAsync(client, "2026-11-19T08:00");
        await Hydration.HydrationSummaryTests.LogTabletAsync(client, "2026-11-19T09:00");

        var html = await client.GetStringAsync("/food/day/2026-11-19", TestContext.Current.CancellationToken);

        Assert.Contains("above the upper limit of 350 mg a day for supplemental magnesium. Above it, loose, watery stools and cramping are the usual effects.", html, StringComparison.Ordinal);
        Assert.Contains("Source: Tolerable Upper Intake Level for supplemental magnesium", html, StringComparison.Ordinal);
        Assert.DoesNotContain("diarrh", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DeletedOwnFood_LeavesRecentButItsEntryStaysInTheDay()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        var food = (await (await client.PostJsonAsync("/api/custom-foods", new JsonObject { ["name"] = "Homemade soup", ["kind"] = "food", ["servingDescription"] = "1 bowl" }))
            .ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await client.PostJsonAsync("/api/food-entries", new JsonObject { ["atLocal"] = "2026-11-20T08:00", ["customFoodId"] = food, ["quantity"] = 1 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Contains($"/food/own#food-{food}", await client.GetStringAsync("/food", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var (_, token) = await client.GetFormPageAsync("/food/own");

        await client.PostFormAsync($"/forms/custom-foods/{food}/delete", (HtmlPages.AntiforgeryField, token));

        var html = await client.GetStringAsync("/food", TestContext.Current.CancellationToken);
        Assert.DoesNotContain($"food-{food}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Recent and favourite", html, StringComparison.Ordinal);
        Assert.Contains("08:00</time> · Homemade soup · 1 bowl", html, StringComparison.Ordinal);
        Assert.Empty(await client.GetArrayAsync("/api/foods/recent"));
    }
}

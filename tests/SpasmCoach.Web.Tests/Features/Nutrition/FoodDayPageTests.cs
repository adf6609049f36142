using System.Net;
using System.Text.Json.Nodes;

namespace SpasmCoach.Web.Tests.Features.Nutrition;

/// <summary>The food day speaks the person's units: water from food in fl oz and a weighed food in oz for US units.</summary>
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
}

using System.Net;
using System.Text.Json.Nodes;

namespace SpasmCoach.Web.Tests.Features.Hydration;

/// <summary>The total-water line says where the water came from without contradicting its own amount.</summary>
public sealed class HydrationSummaryTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    [Theory]
    [InlineData(false, "Total water: <strong>500 ml</strong> of 2.7 L, from drinks; no water from food logged yet")]
    [InlineData(true, "Total water: <strong>588 ml</strong> of 2.7 L, 88 ml of it from food")]
    public async Task TotalWater_SaysWhatCameFromFood(bool banana, string expected)
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, birthDate: "1961-05-14", sex: "female");
        await (await client.PostJsonAsync("/api/drinks", new JsonObject { ["atLocal"] = "2026-11-20T08:00", ["volumeMl"] = 500, ["beverage"] = "water" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        if (banana)
        {
            await (await client.PostJsonAsync("/api/food-entries", new JsonObject { ["atLocal"] = "2026-11-20T08:00", ["ndbNo"] = "09040", ["grams"] = 118 }))
                .ReadJsonAsync(HttpStatusCode.Created);
        }

        var html = await client.GetStringAsync("/drinks", TestContext.Current.CancellationToken);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }
}

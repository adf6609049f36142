using System.Net;
using System.Text.Json.Nodes;

namespace SpasmCoach.Web.Tests.Features.Hydration;

/// <summary>The total-water line says where the water came from without contradicting its own amount.</summary>
public sealed class HydrationSummaryTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    [Theory]
    [InlineData(false, false, "Total water: <strong>500 ml</strong> of 2.7 L, from drinks; no water from food logged yet")]
    [InlineData(true, false, "Total water: <strong>588 ml</strong> of 2.7 L, 88 ml of it from food")]
    // A tablet with no water figure: the food part is unknown, or a lower bound, never "0 ml" or "no food logged".
    [InlineData(false, true, "Total water: <strong>at least 500 ml</strong> of 2.7 L, from drinks; water from food unknown: the 1 food has no water data")]
    [InlineData(true, true, "Total water: <strong>at least 588 ml</strong> of 2.7 L, at least 88 ml of it from food; 1 of 2 foods has no water data")]
    public async Task TotalWater_SaysWhatCameFromFood(bool banana, bool tablet, string expected)
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
        if (tablet)
        {
            await LogTabletAsync(client, "2026-11-20T08:00");
        }

        var html = await client.GetStringAsync("/drinks", TestContext.Current.CancellationToken);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    /// <summary>Logs a magnesium tablet: an own supplement whose label gives no water.</summary>
    internal static async Task LogTabletAsync(HttpClient client, string atLocal)
    {
        var tablet = (await (await client.PostJsonAsync("/api/custom-foods",
                new JsonObject { ["name"] = "Magnesium citrate", ["kind"] = "supplement", ["servingDescription"] = "1 tablet", ["magnesiumMg"] = 200 }))
            .ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await client.PostJsonAsync("/api/food-entries", new JsonObject { ["atLocal"] = atLocal, ["customFoodId"] = tablet, ["quantity"] = 1 }))
            .ReadJsonAsync(HttpStatusCode.Created);
    }
}

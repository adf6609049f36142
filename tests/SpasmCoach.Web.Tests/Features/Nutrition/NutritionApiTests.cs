using System.Net;
using System.Text.Json.Nodes;

namespace SpasmCoach.Web.Tests.Features.Nutrition;

public sealed class NutritionApiTests : IClassFixture<SpasmCoachApplication>
{
    private const string Banana = "09040";
    private const string Day = "2026-11-19";
    private const string AllTime = "/api/food-entries?from=2022-01-01&to=2026-12-31";

    private readonly SpasmCoachApplication _app;

    public NutritionApiTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    private static JsonObject Entry(string ndbNo = Banana, int? portionSeq = 5, double? quantity = 1, double? grams = null, string atLocal = $"{Day}T08:00")
    {
        var entry = new JsonObject { ["atLocal"] = atLocal, ["ndbNo"] = ndbNo };
        if (portionSeq is not null) entry["portionSeq"] = portionSeq;
        if (quantity is not null) entry["quantity"] = quantity;
        if (grams is not null) entry["grams"] = grams;
        return entry;
    }

    private async Task<HttpClient> AdultWomanAsync()
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, timeZone: "Europe/London", birthDate: "1961-05-14", sex: "female");
        return client;
    }

    [Fact]
    public async Task Search_Banana_PutsBananasRawFirst()
    {
        var client = await _app.CreateClientAsync();

        var hits = await client.GetArrayAsync("/api/foods/search?q=banana");

        Assert.Equal(10, hits.Count);
        hits[0]!.AssertFields("ndbNo", "description", "foodGroup");
        Assert.Equal(Banana, hits[0]!["ndbNo"]!.GetValue<string>());
        Assert.Equal("Bananas, raw", hits[0]!["description"]!.GetValue<string>());
        Assert.Equal(3, (await client.GetArrayAsync("/api/foods/search?q=milk&limit=3")).Count);
    }

    [Theory]
    [InlineData("/api/foods/search?q=", "q")]
    [InlineData("/api/foods/search", "q")]
    [InlineData("/api/foods/search?q=%20%20", "q")]
    [InlineData("/api/foods/search?q=milk&limit=0", "limit")]
    [InlineData("/api/foods/search?q=milk&limit=51", "limit")]
    public async Task Search_BadQueryOrLimit_Returns400NamingTheField(string url, string field)
    {
        var client = await _app.CreateClientAsync();

        await (await client.GetAsync(url)).AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Search_QueryOver100Characters_Returns400()
    {
        var client = await _app.CreateClientAsync();

        await (await client.GetAsync("/api/foods/search?q=" + new string('a', 101))).AssertProblemAsync(HttpStatusCode.BadRequest, "q");
    }

    [Fact]
    public async Task GetFood_Banana_HasPer100GAndPortions()
    {
        var client = await _app.CreateClientAsync();

        var food = await client.GetJsonAsync($"/api/foods/{Banana}");

        food.AssertFields("ndbNo", "description", "foodGroup", "per100g", "portions", "favourite");
        food["per100g"]!.AssertFields("energyKcal", "waterG", "calciumMg", "magnesiumMg", "potassiumMg", "sodiumMg");
        Assert.Equal(358, food["per100g"]!["potassiumMg"]!.GetValue<double>());
        var medium = food["portions"]!.AsArray().Single(p => p!["gramWeight"]!.GetValue<double>() == 118)!;
        medium.AssertFields("seq", "amount", "description", "gramWeight");
        Assert.Equal(5, medium["seq"]!.GetValue<int>());
    }

    [Fact]
    public async Task GetFood_NutrientNotReported_IsNull()
    {
        var client = await _app.CreateClientAsync();

        var food = await client.GetJsonAsync("/api/foods/01191");

        Assert.Null(food["per100g"]!["magnesiumMg"]);
        Assert.NotNull(food["per100g"]!["calciumMg"]);
    }

    [Theory]
    [InlineData("/api/foods/99999")]
    [InlineData("/api/foods/9040")]
    [InlineData("/api/foods/banana")]
    public async Task GetFood_Unknown_Returns404(string url)
    {
        var client = await _app.CreateClientAsync();

        await (await client.GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateEntry_OneMediumBanana_Returns201WithComputedNutrients()
    {
        var client = await AdultWomanAsync();

        var response = await client.PostJsonAsync("/api/food-entries", Entry());

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/food-entries/{created["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal(118, created["grams"]!.GetValue<double>());
        // USDA: value per 100 g × gram weight ÷ 100 = 358 × 118 ÷ 100.
        Assert.Equal(422.44, created["potassiumMg"]!.GetValue<double>(), 2);
        Assert.Equal(31.86, created["magnesiumMg"]!.GetValue<double>(), 2);
        Assert.Equal(Day, created["diaryDay"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateEntry_Grams_ScalePer100G()
    {
        var client = await AdultWomanAsync();

        var created = await (await client.PostJsonAsync("/api/food-entries", Entry(portionSeq: null, quantity: null, grams: 200))).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(716, created["potassiumMg"]!.GetValue<double>(), 2);
        Assert.Null(created["portionSeq"]);
    }

    /// <summary>A 404 would read as "no such endpoint"; the USDA table is everyone's, so an unknown number is the request's mistake.</summary>
    [Fact]
    public async Task CreateOrReplaceEntry_UnknownUsdaNumber_Returns400NamingNdbNoAndChangesNothing()
    {
        var client = await AdultWomanAsync();
        var stored = await (await client.PostJsonAsync("/api/food-entries", Entry())).ReadJsonAsync(HttpStatusCode.Created);

        var created = await (await client.PostJsonAsync("/api/food-entries", Entry(ndbNo: "99999"))).AssertProblemAsync(HttpStatusCode.BadRequest, "ndbNo");
        var replaced = await (await client.PutJsonAsync($"/api/food-entries/{stored["id"]}", Entry(ndbNo: "99999"))).AssertProblemAsync(HttpStatusCode.BadRequest, "ndbNo");

        Assert.Equal("No USDA food has this number.", created["errors"]!["ndbNo"]![0]!.GetValue<string>());
        Assert.Equal(created["errors"]!.ToJsonString(), replaced["errors"]!.ToJsonString());
        Assert.Equal(stored.ToJsonString(), Assert.Single(await client.GetArrayAsync(AllTime))!.ToJsonString());
    }

    /// <summary>Still a 404 (another person's custom food must answer like a missing one), but saying which field.</summary>
    [Fact]
    public async Task CreateEntry_UnknownCustomFood_Returns404NamingCustomFoodIdAndStoresNothing()
    {
        var client = await AdultWomanAsync();

        var problem = await (await client.PostJsonAsync("/api/food-entries", new JsonObject { ["customFoodId"] = Guid.NewGuid().ToString(), ["quantity"] = 1 }))
            .AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("customFoodId", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await client.GetArrayAsync(AllTime));
    }

    public static TheoryData<JsonObject, string> BadEntries => new()
    {
        { Entry(portionSeq: 99), "portionSeq" },
        { Entry(quantity: 0), "quantity" },
        { Entry(quantity: -1), "quantity" },
        { Entry(quantity: 50.5), "quantity" },
        { Entry(portionSeq: null, quantity: null, grams: 0), "grams" },
        { Entry(portionSeq: null, quantity: null, grams: -5), "grams" },
        { Entry(portionSeq: null, quantity: null, grams: 5000.5), "grams" },
        { Entry(grams: 100), "grams" },
        { Entry(atLocal: "2026-11-21T12:00"), "atLocal" },
        { new JsonObject { ["quantity"] = 1 }, "ndbNo" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task CreateEntry_BadInput_Returns400NamingTheFieldAndStoresNothing(JsonObject entry, string field)
    {
        var client = await AdultWomanAsync();

        await (await client.PostJsonAsync("/api/food-entries", entry)).AssertProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Empty(await client.GetArrayAsync(AllTime));
    }

    [Fact]
    public async Task UpdateAndDeleteEntry_ChangeThePortionThenRemoveIt()
    {
        var client = await AdultWomanAsync();
        var id = (await (await client.PostJsonAsync("/api/food-entries", Entry())).ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();

        var updated = await (await client.PutJsonAsync($"/api/food-entries/{id}", Entry(quantity: 2))).ReadJsonAsync();
        Assert.Equal(236, updated["grams"]!.GetValue<double>());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/food-entries/{id}")).StatusCode);
        await (await client.GetAsync($"/api/food-entries/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateEntry_SameClientIdTwice_StoresOnce()
    {
        var client = await AdultWomanAsync();
        var entry = Entry();
        entry["id"] = Guid.NewGuid().ToString();

        var first = await (await client.PostJsonAsync("/api/food-entries", entry)).ReadJsonAsync(HttpStatusCode.Created);
        var second = await (await client.PostJsonAsync("/api/food-entries", entry)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Single(await client.GetArrayAsync(AllTime));
    }

    [Fact]
    public async Task CreateEntry_SameClientIdWithOtherContent_Returns409AndChangesNothing()
    {
        var client = await AdultWomanAsync();
        var entry = Entry();
        entry["id"] = Guid.NewGuid().ToString();
        var first = await (await client.PostJsonAsync("/api/food-entries", entry)).ReadJsonAsync(HttpStatusCode.Created);

        entry["quantity"] = 2;
        var problem = await (await client.PostJsonAsync("/api/food-entries", entry)).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("different content", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(first.ToJsonString(), Assert.Single(await client.GetArrayAsync(AllTime))!.ToJsonString());
    }

    [Fact]
    public async Task CreateCustomFood_SameClientIdWithOtherContent_Returns409AndChangesNothing()
    {
        var client = await _app.CreateClientAsync();
        var food = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "Magnesium citrate", ["kind"] = "supplement", ["magnesiumMg"] = 200 };
        var first = await (await client.PostJsonAsync("/api/custom-foods", food)).ReadJsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/custom-foods", food)).ReadJsonAsync(HttpStatusCode.OK);

        food["magnesiumMg"] = 400;
        await (await client.PostJsonAsync("/api/custom-foods", food)).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(first.ToJsonString(), Assert.Single(await client.GetArrayAsync("/api/custom-foods"))!.ToJsonString());
    }

    [Fact]
    public async Task Day_FoodWithoutMagnesiumData_SaysAtLeastAndCounts()
    {
        var client = await AdultWomanAsync();
        await (await client.PostJsonAsync("/api/food-entries", Entry())).ReadJsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/food-entries", Entry(ndbNo: "01191", portionSeq: null, quantity: null, grams: 30))).ReadJsonAsync(HttpStatusCode.Created);

        var day = await client.GetJsonAsync($"/api/nutrition/days/{Day}");

        day.AssertFields("date", "energyKcal", "foodsLogged", "foodsWithoutEnergy", "waterFromFoodMl", "nutrients", "supplementMagnesiumMg", "warnings", "targetSource", "foodsWithoutWater");
        var magnesium = day["nutrients"]!["magnesium"]!;
        magnesium.AssertFields("amountMg", "foodsLogged", "foodsWithoutData", "targetMg", "targetKind", "targetGroup", "summary");
        Assert.Equal(31.9, magnesium["amountMg"]!.GetValue<double>(), 1);
        Assert.Equal(2, magnesium["foodsLogged"]!.GetValue<int>());
        Assert.Equal(1, magnesium["foodsWithoutData"]!.GetValue<int>());
        Assert.Equal("at least 32 mg, 1 of 2 foods has no magnesium data", magnesium["summary"]!.GetValue<string>());
        Assert.Equal(320, magnesium["targetMg"]!.GetValue<double>());
        Assert.Equal("rda", magnesium["targetKind"]!.GetValue<string>());
        Assert.Equal("cdrr", day["nutrients"]!["sodium"]!["targetKind"]!.GetValue<string>());
        Assert.Equal("ai", day["nutrients"]!["potassium"]!["targetKind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Hydration_WaterFromFood_CountsTowardTotalWater()
    {
        var client = await AdultWomanAsync();
        await (await client.PostJsonAsync("/api/food-entries", Entry())).ReadJsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/drinks", new JsonObject { ["atLocal"] = $"{Day}T09:00", ["volumeMl"] = 500, ["beverage"] = "water" })).ReadJsonAsync(HttpStatusCode.Created);

        var day = await client.GetJsonAsync($"/api/hydration/days/{Day}");

        Assert.Equal(500, day["drinksMl"]!.GetValue<double>());
        Assert.Equal(88, day["foodWaterMl"]!.GetValue<double>());
        Assert.Equal(588, day["totalWaterMl"]!.GetValue<double>());
        Assert.Equal(2200, day["goalMl"]!.GetValue<double>());
        Assert.Equal(2700, day["totalGoalMl"]!.GetValue<double>());
    }

    /// <summary>A tablet gives no water figure: the day's water from food is then unknown, and a client can tell from 0 ml.</summary>
    [Fact]
    public async Task WaterFromFood_OnlyFoodsWithoutAWaterFigure_CountsThemSoUnknownIsNotZero()
    {
        var client = await AdultWomanAsync();
        var tablet = await (await client.PostJsonAsync("/api/custom-foods", new JsonObject
        {
            ["name"] = "Magnesium citrate", ["kind"] = "supplement", ["servingDescription"] = "1 tablet", ["magnesiumMg"] = 100,
        })).ReadJsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/food-entries", new JsonObject
        {
            ["atLocal"] = $"{Day}T21:00", ["customFoodId"] = tablet["id"]!.GetValue<string>(), ["quantity"] = 1,
        })).ReadJsonAsync(HttpStatusCode.Created);

        var nutrition = await client.GetJsonAsync($"/api/nutrition/days/{Day}");
        var hydration = await client.GetJsonAsync($"/api/hydration/days/{Day}");

        Assert.Equal((0, 1, 1), (nutrition["waterFromFoodMl"]!.GetValue<double>(), nutrition["foodsLogged"]!.GetValue<int>(), nutrition["foodsWithoutWater"]!.GetValue<int>()));
        Assert.Equal((0, 1, 1), (hydration["foodWaterMl"]!.GetValue<double>(), hydration["foodsLogged"]!.GetValue<int>(), hydration["foodsWithoutWater"]!.GetValue<int>()));

        await (await client.PostJsonAsync("/api/food-entries", Entry())).ReadJsonAsync(HttpStatusCode.Created);
        hydration = await client.GetJsonAsync($"/api/hydration/days/{Day}");

        Assert.Equal((88, 2, 1), (hydration["foodWaterMl"]!.GetValue<double>(), hydration["foodsLogged"]!.GetValue<int>(), hydration["foodsWithoutWater"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Supplements_TwoMagnesiumTablets_WarnAboveTheUpperLimit()
    {
        var client = await AdultWomanAsync();
        var supplement = await (await client.PostJsonAsync("/api/custom-foods", new JsonObject
        {
            ["name"] = "Magnesium citrate", ["kind"] = "supplement", ["servingDescription"] = "1 tablet", ["magnesiumMg"] = 200,
        })).ReadJsonAsync(HttpStatusCode.Created);

        var logged = await (await client.PostJsonAsync("/api/food-entries", new JsonObject
        {
            ["atLocal"] = $"{Day}T21:00", ["customFoodId"] = supplement["id"]!.GetValue<string>(), ["quantity"] = 2,
        })).ReadJsonAsync(HttpStatusCode.Created);

        Assert.True(logged["isSupplement"]!.GetValue<bool>());
        var day = await client.GetJsonAsync($"/api/nutrition/days/{Day}");
        Assert.Equal(400, day["supplementMagnesiumMg"]!.GetValue<double>());
        var warning = Assert.Single(day["warnings"]!.AsArray())!;
        Assert.Equal("magnesium-above-upper-limit", warning["code"]!.GetValue<string>());
        Assert.Contains("350 mg", warning["message"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(warning["source"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Supplements_PotassiumWithKidneyDisease_Warns()
    {
        var client = await AdultWomanAsync();
        await (await client.PutJsonAsync("/api/profile", new JsonObject
        {
            ["timeZone"] = "Europe/London", ["birthDate"] = "1961-05-14", ["sex"] = "female", ["kidneyDisease"] = true,
        })).ReadJsonAsync();
        var supplement = await (await client.PostJsonAsync("/api/custom-foods", new JsonObject
        {
            ["name"] = "Potassium gluconate", ["kind"] = "supplement", ["potassiumMg"] = 99,
        })).ReadJsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/food-entries", new JsonObject
        {
            ["atLocal"] = $"{Day}T21:00", ["customFoodId"] = supplement["id"]!.GetValue<string>(), ["quantity"] = 1,
        })).ReadJsonAsync(HttpStatusCode.Created);

        var day = await client.GetJsonAsync($"/api/nutrition/days/{Day}");

        Assert.Contains(day["warnings"]!.AsArray(), w => w!["code"]!.GetValue<string>() == "potassium-supplement-risk");
    }

    [Theory]
    [InlineData("magnesiumMg", -200.0)]
    [InlineData("calciumMg", -1.0)]
    [InlineData("energyKcal", -0.5)]
    public async Task CustomFood_NegativeNutrient_Returns400AndStoresNothing(string field, double value)
    {
        var client = await AdultWomanAsync();

        await (await client.PostJsonAsync("/api/custom-foods", new JsonObject { ["name"] = "Bad", ["kind"] = "supplement", [field] = value }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Empty(await client.GetArrayAsync("/api/custom-foods"));
    }

    [Fact]
    public async Task CustomFood_EmptyNameOrUnknownKind_Returns400()
    {
        var client = await AdultWomanAsync();

        await (await client.PostJsonAsync("/api/custom-foods", new JsonObject { ["name"] = "" })).AssertProblemAsync(HttpStatusCode.BadRequest, "name");
        await (await client.PostJsonAsync("/api/custom-foods", new JsonObject { ["name"] = "x", ["kind"] = "drug" })).AssertProblemAsync(HttpStatusCode.BadRequest, "kind");
    }

    [Fact]
    public async Task Suggestions_BelowTarget_ListWholeFoodsAndLeaveOutWhatIsAvoided()
    {
        var client = await AdultWomanAsync();
        await (await client.PutJsonAsync("/api/profile", new JsonObject
        {
            ["timeZone"] = "Europe/London", ["birthDate"] = "1961-05-14", ["sex"] = "female", ["avoid"] = new JsonArray("dairy", "nuts"),
        })).ReadJsonAsync();
        await (await client.PostJsonAsync("/api/food-entries", Entry())).ReadJsonAsync(HttpStatusCode.Created);

        var suggestions = await client.GetArrayAsync($"/api/nutrition/suggestions?date={Day}");

        Assert.Equal(["calcium", "magnesium", "potassium"], suggestions.Select(s => s!["nutrient"]!.GetValue<string>()));
        var calcium = suggestions[0]!;
        Assert.Equal(1200 - 5.9, calcium["gapMg"]!.GetValue<double>(), 1);
        var foods = calcium["foods"]!.AsArray();
        Assert.NotEmpty(foods);
        Assert.All(foods, f =>
        {
            var description = f!["description"]!.GetValue<string>();
            Assert.DoesNotContain("Milk", description, StringComparison.Ordinal);
            Assert.DoesNotContain("Cheese", description, StringComparison.Ordinal);
            Assert.DoesNotContain("Yogurt", description, StringComparison.Ordinal);
            Assert.False(description.StartsWith("Nuts", StringComparison.Ordinal));
            Assert.True(f["addsMg"]!.GetValue<double>() > 0);
        });
    }

    [Fact]
    public async Task Suggestions_BadDate_Returns400()
    {
        var client = await AdultWomanAsync();

        await (await client.GetAsync("/api/nutrition/suggestions?date=yesterday")).AssertProblemAsync(HttpStatusCode.BadRequest, "date");
    }

    [Fact]
    public async Task FavouritesAndRecent_AreOneTapAway()
    {
        var client = await AdultWomanAsync();
        await (await client.PostJsonAsync("/api/food-entries", Entry())).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsync("/api/foods/12061/favourite", null)).StatusCode);

        var recent = await client.GetArrayAsync("/api/foods/recent");
        var favourites = await client.GetJsonAsync("/api/foods/favourites");

        Assert.Equal(Banana, Assert.Single(recent)!["ndbNo"]!.GetValue<string>());
        Assert.Equal("12061", Assert.Single(favourites["foods"]!.AsArray())!["ndbNo"]!.GetValue<string>());
        Assert.True((await client.GetJsonAsync("/api/foods/12061"))["favourite"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/foods/12061/favourite")).StatusCode);
        Assert.Empty((await client.GetJsonAsync("/api/foods/favourites"))["foods"]!.AsArray());
    }

    [Fact]
    public async Task ChangingTheDayStart_MovesFoodEntriesToTheirNewDiaryDay()
    {
        var client = await AdultWomanAsync();
        var created = await (await client.PostJsonAsync("/api/food-entries", Entry(atLocal: "2026-11-19T03:30"))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("2026-11-18", created["diaryDay"]!.GetValue<string>());

        await SpasmCoachApplication.PutProfileAsync(client, timeZone: "Europe/London", birthDate: "1961-05-14", sex: "female", dayStartsAt: "03:00");

        var moved = await client.GetJsonAsync($"/api/food-entries/{created["id"]}");
        Assert.Equal("2026-11-19", moved["diaryDay"]!.GetValue<string>());
    }
}

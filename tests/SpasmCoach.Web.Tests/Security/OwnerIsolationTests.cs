using System.Net;
using System.Text.Json.Nodes;
using SpasmCoach.Web.Tests.Features.CheckIns;
using SpasmCoach.Web.Tests.Features.Episodes;
using SpasmCoach.Web.Tests.Features.Hydration;

namespace SpasmCoach.Web.Tests.Security;

/// <summary>
/// Every /api endpoint in the route table, exercised by a second user against the first user's data. A new endpoint
/// fails this test until a probe for it is added below, so no endpoint can skip the owner check.
/// </summary>
public sealed class OwnerIsolationTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    private const string Day = "2026-11-18";
    private const string Range = "?from=2026-10-01&to=2026-11-20";

    /// <summary>User A's diary and the second user, B, who tries to reach it.</summary>
    private sealed record Diaries(
        HttpClient A, HttpClient B, Guid EpisodeId, Guid DrinkId, JsonObject EpisodeBody, JsonObject DrinkBody,
        Guid FoodEntryId, JsonObject FoodEntryBody, Guid CustomFoodId, JsonObject CustomFoodBody);

    private const string Ndb = ApiRoute.NdbNo;
    private const string NdbPattern = ApiRoute.NdbNoParameter;

    private sealed record Probe(string Method, string Pattern, Func<Diaries, Task> RunAsync);

    private static readonly Probe[] Probes =
    [
        new("GET", "/api/profile", async d =>
        {
            var profile = await d.B.GetJsonAsync("/api/profile");
            Assert.Equal("UTC", profile["timeZone"]!.GetValue<string>());
            Assert.Null(profile["weightKg"]);
        }),
        new("PUT", "/api/profile", async d =>
            await SpasmCoachApplication.PutProfileAsync(d.B, timeZone: "Asia/Tokyo", dayStartsAt: "00:00", weightKg: 90)),
        new("GET", "/api/episodes", async d =>
            Assert.DoesNotContain(d.EpisodeId.ToString(), (await d.B.GetArrayAsync($"/api/episodes{Range}")).Ids())),
        new("POST", "/api/episodes", async d =>
        {
            var replay = d.EpisodeBody.DeepClone().AsObject();
            replay["notes"] = "words of B";
            var problem = await (await d.B.PostJsonAsync("/api/episodes", replay)).AssertProblemAsync(HttpStatusCode.Conflict);
            Assert.DoesNotContain("of A", problem.ToJsonString(), StringComparison.Ordinal);
        }),
        new("GET", "/api/episodes/{id:guid}", d => AssertLikeMissingAsync(d.B, HttpMethod.Get, "/api/episodes/{0}", d.EpisodeId)),
        new("PUT", "/api/episodes/{id:guid}", d => AssertLikeMissingAsync(d.B, HttpMethod.Put, "/api/episodes/{0}", d.EpisodeId, EpisodesApiTests.ValidEpisode())),
        new("DELETE", "/api/episodes/{id:guid}", d => AssertLikeMissingAsync(d.B, HttpMethod.Delete, "/api/episodes/{0}", d.EpisodeId)),
        new("GET", "/api/drinks", async d =>
            Assert.DoesNotContain(d.DrinkId.ToString(), (await d.B.GetArrayAsync($"/api/drinks{Range}")).Ids())),
        new("POST", "/api/drinks", async d =>
            await (await d.B.PostJsonAsync("/api/drinks", d.DrinkBody)).AssertProblemAsync(HttpStatusCode.Conflict)),
        new("DELETE", "/api/drinks/{id:guid}", d => AssertLikeMissingAsync(d.B, HttpMethod.Delete, "/api/drinks/{0}", d.DrinkId)),
        new("GET", "/api/hydration/days/{date}", async d =>
        {
            var day = await d.B.GetJsonAsync($"/api/hydration/days/{Day}");
            Assert.Equal(0, day["drinksMl"]!.GetValue<double>());
            Assert.Null(day["limitMl"]);
        }),
        new("GET", "/api/hydration/days", async d =>
            Assert.All(await d.B.GetArrayAsync($"/api/hydration/days{Range}"), day => Assert.Equal(0, day!["drinksMl"]!.GetValue<double>()))),
        new("GET", "/api/checkins", async d =>
            Assert.Empty(await d.B.GetArrayAsync($"/api/checkins{Range}"))),
        new("GET", "/api/checkins/{date}", async d =>
            Assert.Equal(
                await (await d.B.GetAsync("/api/checkins/2026-11-17")).ProblemShapeAsync(),
                await (await d.B.GetAsync($"/api/checkins/{Day}")).ProblemShapeAsync())),
        // Before B's own PUT below: B has no check-in on either day, A has one on Day.
        new("DELETE", "/api/checkins/{date}", async d =>
            Assert.Equal(
                await (await d.B.DeleteAsync("/api/checkins/2026-11-17")).ProblemShapeAsync(),
                await (await d.B.DeleteAsync($"/api/checkins/{Day}")).ProblemShapeAsync())),
        new("PUT", "/api/checkins/{date}", async d =>
            await (await d.B.PutJsonAsync($"/api/checkins/{Day}", new JsonObject { ["notes"] = "day of B", ["kneePain"] = 9 })).ReadJsonAsync()),
        new("GET", "/api/foods/search", async d =>
            Assert.NotEmpty(await d.B.GetArrayAsync("/api/foods/search?q=banana"))),
        new("GET", "/api/foods/" + NdbPattern, async d =>
            Assert.False((await d.B.GetJsonAsync($"/api/foods/{Ndb}"))["favourite"]!.GetValue<bool>())),
        new("GET", "/api/foods/recent", async d =>
            Assert.Empty(await d.B.GetArrayAsync("/api/foods/recent"))),
        new("GET", "/api/foods/favourites", async d =>
        {
            var favourites = await d.B.GetJsonAsync("/api/foods/favourites");
            Assert.Empty(favourites["foods"]!.AsArray());
            Assert.Empty(favourites["customFoods"]!.AsArray());
        }),
        new("PUT", "/api/foods/" + NdbPattern + "/favourite", async d =>
            Assert.Equal(HttpStatusCode.NoContent, (await d.B.PutAsync($"/api/foods/{Ndb}/favourite", null)).StatusCode)),
        new("DELETE", "/api/foods/" + NdbPattern + "/favourite", async d =>
            Assert.Equal(HttpStatusCode.NoContent, (await d.B.DeleteAsync($"/api/foods/{Ndb}/favourite")).StatusCode)),
        new("GET", "/api/food-entries", async d =>
            Assert.DoesNotContain(d.FoodEntryId.ToString(), (await d.B.GetArrayAsync($"/api/food-entries{Range}")).Ids())),
        new("POST", "/api/food-entries", async d =>
        {
            await (await d.B.PostJsonAsync("/api/food-entries", d.FoodEntryBody)).AssertProblemAsync(HttpStatusCode.Conflict);
            var ofA = new JsonObject { ["customFoodId"] = d.CustomFoodId.ToString(), ["quantity"] = 1 };
            var missing = new JsonObject { ["customFoodId"] = Guid.NewGuid().ToString(), ["quantity"] = 1 };
            Assert.Equal(
                await (await d.B.PostJsonAsync("/api/food-entries", missing)).ProblemShapeAsync(),
                await (await d.B.PostJsonAsync("/api/food-entries", ofA)).ProblemShapeAsync());
        }),
        new("GET", "/api/food-entries/{id:guid}", d => AssertLikeMissingAsync(d.B, HttpMethod.Get, "/api/food-entries/{0}", d.FoodEntryId)),
        new("PUT", "/api/food-entries/{id:guid}", d => AssertLikeMissingAsync(d.B, HttpMethod.Put, "/api/food-entries/{0}", d.FoodEntryId,
            new JsonObject { ["ndbNo"] = Ndb, ["grams"] = 10 })),
        new("DELETE", "/api/food-entries/{id:guid}", d => AssertLikeMissingAsync(d.B, HttpMethod.Delete, "/api/food-entries/{0}", d.FoodEntryId)),
        new("GET", "/api/custom-foods", async d =>
            Assert.DoesNotContain(d.CustomFoodId.ToString(), (await d.B.GetArrayAsync("/api/custom-foods")).Ids())),
        new("POST", "/api/custom-foods", async d =>
            await (await d.B.PostJsonAsync("/api/custom-foods", d.CustomFoodBody)).AssertProblemAsync(HttpStatusCode.Conflict)),
        new("GET", "/api/custom-foods/{id:guid}", d => AssertLikeMissingAsync(d.B, HttpMethod.Get, "/api/custom-foods/{0}", d.CustomFoodId)),
        new("PUT", "/api/custom-foods/{id:guid}", d => AssertLikeMissingAsync(d.B, HttpMethod.Put, "/api/custom-foods/{0}", d.CustomFoodId,
            new JsonObject { ["name"] = "renamed by B", ["kind"] = "food" })),
        new("DELETE", "/api/custom-foods/{id:guid}", d => AssertLikeMissingAsync(d.B, HttpMethod.Delete, "/api/custom-foods/{0}", d.CustomFoodId)),
        new("PUT", "/api/custom-foods/{id:guid}/favourite", d => AssertLikeMissingAsync(d.B, HttpMethod.Put, "/api/custom-foods/{0}/favourite", d.CustomFoodId)),
        new("DELETE", "/api/custom-foods/{id:guid}/favourite", d => AssertLikeMissingAsync(d.B, HttpMethod.Delete, "/api/custom-foods/{0}/favourite", d.CustomFoodId)),
        new("GET", "/api/nutrition/days/{date}", async d =>
            Assert.Equal(0, (await d.B.GetJsonAsync($"/api/nutrition/days/{Day}"))["foodsLogged"]!.GetValue<int>())),
        new("GET", "/api/nutrition/days", async d =>
            Assert.All(await d.B.GetArrayAsync($"/api/nutrition/days{Range}"), day => Assert.Equal(0, day!["foodsLogged"]!.GetValue<int>()))),
        new("GET", "/api/nutrition/suggestions", async d =>
            // B has no birth date or sex, so no targets and no gaps, whatever A ate.
            Assert.Empty(await d.B.GetArrayAsync($"/api/nutrition/suggestions?date={Day}"))),
    ];

    [Fact]
    public async Task EveryApiEndpoint_SecondUser_CannotReadChangeDeleteOrListTheFirstUsersData()
    {
        var routeTable = ApiRoute.FromRouteTable(app.Services).Select(r => r.ToString()).Order(StringComparer.Ordinal).ToList();
        var probed = Probes.Select(p => new ApiRoute(p.Method, p.Pattern).ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(probed.Count, probed.Distinct().Count());
        Assert.True(routeTable.SequenceEqual(probed),
            "Every /api endpoint needs an owner-isolation probe here. " +
            $"Without a probe: [{string.Join(", ", routeTable.Except(probed))}]; probes for no endpoint: [{string.Join(", ", probed.Except(routeTable))}]");

        var diaries = await CreateDiaryOfAAsync();
        var before = await SnapshotAsync(diaries);

        foreach (var probe in Probes)
        {
            try
            {
                await probe.RunAsync(diaries);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"{probe.Method} {probe.Pattern}: {ex.Message}");
            }
        }

        Assert.Equal(before, await SnapshotAsync(diaries));
    }

    /// <summary>The form posts behind the pages, each tried by the second user with a valid antiforgery token of their own.</summary>
    private static readonly Probe[] FormProbes =
    [
        new("POST", "/forms/episodes/start", async d => Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(d, "/forms/episodes/start", ("muscle", "calf"), ("side", "left"))).StatusCode)),
        new("POST", "/forms/episodes/{id:guid}/stop", async d => Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(d, $"/forms/episodes/{d.EpisodeId}/stop")).StatusCode)),
        new("POST", "/forms/episodes/{id:guid}/delete", async d => Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(d, $"/forms/episodes/{d.EpisodeId}/delete")).StatusCode)),
        new("POST", "/forms/drinks/quick", async d => Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(d, "/forms/drinks/quick", ("size", "glass"), ("beverage", "water"))).StatusCode)),
        new("POST", "/forms/drinks/{id:guid}/delete", async d => Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(d, $"/forms/drinks/{d.DrinkId}/delete")).StatusCode)),
        new("POST", "/forms/foods/{id:guid}/delete", async d => Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(d, $"/forms/foods/{d.FoodEntryId}/delete")).StatusCode)),
        new("POST", "/forms/foods/" + NdbPattern + "/favourite", async d => Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(d, $"/forms/foods/{Ndb}/favourite", ("favourite", "false"))).StatusCode)),
        new("POST", "/forms/custom-foods/{id:guid}/log", async d => Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(d, $"/forms/custom-foods/{d.CustomFoodId}/log", ("servings", "1"))).StatusCode)),
        new("POST", "/forms/custom-foods/{id:guid}/delete", async d => Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(d, $"/forms/custom-foods/{d.CustomFoodId}/delete")).StatusCode)),
    ];

    [Fact]
    public async Task EveryFormPost_SecondUser_CannotStopOrDeleteTheFirstUsersEntries()
    {
        var routeTable = ApiRoute.FromRouteTable(app.Services, "/forms").Select(r => r.ToString()).Order(StringComparer.Ordinal).ToList();
        var probed = FormProbes.Select(p => new ApiRoute(p.Method, p.Pattern).ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.True(routeTable.SequenceEqual(probed),
            "Every form post needs an owner-isolation probe here. " +
            $"Without a probe: [{string.Join(", ", routeTable.Except(probed))}]; probes for no endpoint: [{string.Join(", ", probed.Except(routeTable))}]");

        var diaries = await CreateDiaryOfAAsync(await app.CreatePageClientAsync());
        var before = await SnapshotAsync(diaries);
        Assert.Equal(HttpStatusCode.NotFound, (await diaries.B.GetAsync($"/episodes/{diaries.EpisodeId}")).StatusCode);

        foreach (var probe in FormProbes)
        {
            try
            {
                await probe.RunAsync(diaries);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"{probe.Method} {probe.Pattern}: {ex.Message}");
            }
        }

        Assert.Equal(before, await SnapshotAsync(diaries));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(Diaries d, string path, params (string Name, string Value)[] fields)
    {
        var (_, token) = await d.B.GetFormPageAsync("/cramp-now");
        return await d.B.PostFormAsync(path, [(HtmlPages.AntiforgeryField, token), .. fields]);
    }

    private async Task<Diaries> CreateDiaryOfAAsync(HttpClient? b = null)
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var a = await app.CreateClientAsync();
        b ??= await app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(a, timeZone: "Europe/Berlin", birthDate: "1970-01-01", sex: "male", weightKg: 81.5, fluidLimitMl: 1500);
        var episode = EpisodesApiTests.ValidEpisode($"{Day}T22:00");
        episode["id"] = Guid.NewGuid().ToString();
        episode["notes"] = "private note of A";
        await (await a.PostJsonAsync("/api/episodes", episode)).ReadJsonAsync(HttpStatusCode.Created);
        var drink = HydrationApiTests.Drink($"{Day}T10:00", 750, "coffee");
        drink["id"] = Guid.NewGuid().ToString();
        await (await a.PostJsonAsync("/api/drinks", drink)).ReadJsonAsync(HttpStatusCode.Created);
        var checkIn = CheckInsApiTests.FullCheckIn();
        checkIn["notes"] = "check-in of A";
        await (await a.PutJsonAsync($"/api/checkins/{Day}", checkIn)).ReadJsonAsync();
        var foodEntry = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["atLocal"] = $"{Day}T08:00", ["ndbNo"] = Ndb, ["portionSeq"] = 5, ["quantity"] = 1 };
        await (await a.PostJsonAsync("/api/food-entries", foodEntry)).ReadJsonAsync(HttpStatusCode.Created);
        var customFood = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "supplement of A", ["kind"] = "supplement", ["magnesiumMg"] = 200 };
        await (await a.PostJsonAsync("/api/custom-foods", customFood)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await a.PutAsync($"/api/foods/{Ndb}/favourite", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await a.PutAsync($"/api/custom-foods/{customFood["id"]}/favourite", null)).StatusCode);
        return new Diaries(
            a, b, Guid.Parse(episode["id"]!.GetValue<string>()), Guid.Parse(drink["id"]!.GetValue<string>()), episode, drink,
            Guid.Parse(foodEntry["id"]!.GetValue<string>()), foodEntry, Guid.Parse(customFood["id"]!.GetValue<string>()), customFood);
    }

    private static async Task<string> SnapshotAsync(Diaries d)
    {
        var parts = new List<string>();
        foreach (var url in new[]
        {
            "/api/profile", $"/api/episodes/{d.EpisodeId}", $"/api/episodes{Range}", $"/api/drinks{Range}",
            $"/api/hydration/days/{Day}", $"/api/checkins/{Day}", $"/api/checkins{Range}",
            $"/api/food-entries/{d.FoodEntryId}", $"/api/food-entries{Range}", "/api/custom-foods", "/api/foods/favourites",
            $"/api/nutrition/days/{Day}", "/api/foods/recent",
        })
        {
            parts.Add(url + " " + (await d.A.GetJsonAsync(url)).ToJsonString());
        }
        Assert.Contains("private note of A", parts[1], StringComparison.Ordinal);
        return string.Join("\n", parts);
    }

    /// <summary>Another user's id must answer exactly as an id that does not exist.</summary>
    private static async Task AssertLikeMissingAsync(HttpClient client, HttpMethod method, string format, Guid othersId, JsonObject? body = null)
    {
        async Task<HttpResponseMessage> SendAsync(Guid id)
        {
            var request = new HttpRequestMessage(method, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, id));
            if (body is not null)
            {
                request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            }
            return await client.SendAsync(request);
        }

        var others = await SendAsync(othersId);
        var missing = await SendAsync(Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Equal(await missing.ProblemShapeAsync(), await others.ProblemShapeAsync());
    }
}

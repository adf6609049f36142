using System.Net;
using System.Text.Json.Nodes;
using SpasmCoach.Web.Tests.Features.Episodes;
using SpasmCoach.Web.Tests.Features.Hydration;

namespace SpasmCoach.Web.Tests.Features.Profiles;

public sealed class ProfilesApiTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public ProfilesApiTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    public static JsonObject FullProfile() => new()
    {
        ["timeZone"] = "Europe/Berlin",
        ["units"] = "us",
        ["birthDate"] = "1988-02-29",
        ["sex"] = "female",
        ["lifeStage"] = "lactating",
        ["dayStartsAt"] = "05:30",
        ["weightKg"] = 64.5,
        ["fluidLimitMl"] = 1800,
        ["drinksGoalMl"] = 2400,
        ["avoid"] = new JsonArray("dairy", "fish"),
        ["kidneyDisease"] = true,
        ["potassiumRaisingMedicine"] = false,
    };

    [Fact]
    public async Task Get_NewAccount_ReturnsTheDefaults()
    {
        var client = await _app.CreateClientAsync();

        var profile = await client.GetJsonAsync("/api/profile");

        profile.AssertFields("timeZone", "units", "birthDate", "sex", "lifeStage", "dayStartsAt", "weightKg", "fluidLimitMl", "drinksGoalMl",
            "avoid", "kidneyDisease", "potassiumRaisingMedicine");
        Assert.Empty(profile["avoid"]!.AsArray());
        Assert.False(profile["kidneyDisease"]!.GetValue<bool>());
        Assert.Equal("UTC", profile["timeZone"]!.GetValue<string>());
        Assert.Equal("metric", profile["units"]!.GetValue<string>());
        Assert.Equal("none", profile["lifeStage"]!.GetValue<string>());
        Assert.Equal("04:00", profile["dayStartsAt"]!.GetValue<string>());
        foreach (var field in new[] { "birthDate", "sex", "weightKg", "fluidLimitMl", "drinksGoalMl" })
        {
            Assert.Null(profile[field]);
        }
    }

    [Fact]
    public async Task Put_ValidProfile_StoresEveryField()
    {
        var client = await _app.CreateClientAsync();

        var saved = await (await client.PutJsonAsync("/api/profile", FullProfile())).ReadJsonAsync();

        Assert.Equal(FullProfile().ToJsonString(), saved.ToJsonString());
        Assert.Equal(saved.ToJsonString(), (await client.GetJsonAsync("/api/profile")).ToJsonString());
    }

    [Fact]
    public async Task Put_NullLimitAndGoal_RemovesThem()
    {
        var client = await _app.CreateClientAsync();
        await (await client.PutJsonAsync("/api/profile", FullProfile())).ReadJsonAsync();
        var body = FullProfile();
        body["fluidLimitMl"] = null;
        body["drinksGoalMl"] = null;

        var saved = await (await client.PutJsonAsync("/api/profile", body)).ReadJsonAsync();

        Assert.Null(saved["fluidLimitMl"]);
        Assert.Null(saved["drinksGoalMl"]);
        Assert.Equal("adequate-intake", (await client.GetJsonAsync("/api/hydration/days/2026-11-19"))["source"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("timeZone", "\"Mars/Olympus_Mons\"")]
    [InlineData("timeZone", "\"CEST\"")]
    [InlineData("timeZone", "null")]
    [InlineData("units", "\"imperial\"")]
    [InlineData("birthDate", "\"2027-01-01\"")]
    [InlineData("birthDate", "\"1899-12-31\"")]
    [InlineData("birthDate", "\"1990-13-01\"")]
    [InlineData("sex", "\"other\"")]
    [InlineData("lifeStage", "\"retired\"")]
    [InlineData("dayStartsAt", "\"12:01\"")]
    [InlineData("dayStartsAt", "\"4am\"")]
    [InlineData("weightKg", "19.9")]
    [InlineData("weightKg", "400.1")]
    [InlineData("fluidLimitMl", "499")]
    [InlineData("drinksGoalMl", "6001")]
    public async Task Put_InvalidField_Returns400NamingFieldAndKeepsTheProfile(string field, string json)
    {
        var client = await _app.CreateClientAsync();
        var stored = await (await client.PutJsonAsync("/api/profile", FullProfile())).ReadJsonAsync();
        var body = FullProfile();
        body[field] = JsonNode.Parse(json);

        await (await client.PutJsonAsync("/api/profile", body)).AssertProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Equal(stored.ToJsonString(), (await client.GetJsonAsync("/api/profile")).ToJsonString());
    }

    [Fact]
    public async Task Put_PregnantWithoutSexFemale_Returns400NamingLifeStage()
    {
        var client = await _app.CreateClientAsync();
        var body = FullProfile();
        body["sex"] = "male";
        body["lifeStage"] = "pregnant";

        await (await client.PutJsonAsync("/api/profile", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "lifeStage");

        Assert.Equal("UTC", (await client.GetJsonAsync("/api/profile"))["timeZone"]!.GetValue<string>());
    }

    /// <summary>
    /// The intake tables' pregnancy and breastfeeding rows start at 14: for a child the choice was stored, then silently
    /// ignored by the targets.
    /// </summary>
    [Theory]
    [InlineData("pregnant")]
    [InlineData("lactating")]
    public async Task Put_PregnantOrBreastfeedingChild_Returns400NamingLifeStageAndKeepsTheProfile(string lifeStage)
    {
        var client = await _app.CreateClientAsync();
        var stored = await (await client.PutJsonAsync("/api/profile", FullProfile())).ReadJsonAsync();
        var body = FullProfile();
        body["birthDate"] = "2018-03-01";
        body["lifeStage"] = lifeStage;

        var problem = await (await client.PutJsonAsync("/api/profile", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "lifeStage");

        Assert.Equal("Pregnant or breastfeeding applies from age 14 in the intake tables.", problem["errors"]!["lifeStage"]![0]!.GetValue<string>());
        Assert.Equal(stored.ToJsonString(), (await client.GetJsonAsync("/api/profile")).ToJsonString());
    }

    [Theory]
    [InlineData("{\"timeZone\":\"UTC\",")]
    [InlineData("{\"timeZone\":\"UTC\",\"weightKg\":\"heavy\"}")]
    [InlineData("\"UTC\"")]
    [InlineData("")]
    public async Task Put_MalformedJson_Returns400AndKeepsTheProfile(string json)
    {
        var client = await _app.CreateClientAsync();
        var stored = await (await client.PutJsonAsync("/api/profile", FullProfile())).ReadJsonAsync();

        var problem = await (await client.SendRawJsonAsync(HttpMethod.Put, "/api/profile", json)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem["errors"]!.AsObject());
        Assert.Equal(stored.ToJsonString(), (await client.GetJsonAsync("/api/profile")).ToJsonString());
    }

    [Fact]
    public async Task Put_DayStartsAtChanged_RecomputesTheDiaryDaysOfEpisodesAndDrinks()
    {
        var client = await _app.CreateClientAsync();
        var episode = await (await client.PostJsonAsync("/api/episodes", EpisodesApiTests.ValidEpisode("2026-11-19T03:30"))).ReadJsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/drinks", HydrationApiTests.Drink("2026-11-19T03:45", 300))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("2026-11-18", episode["diaryDay"]!.GetValue<string>());
        Assert.Equal(300, (await client.GetJsonAsync("/api/hydration/days/2026-11-18"))["drinksMl"]!.GetValue<double>());

        await SpasmCoachApplication.PutProfileAsync(client, dayStartsAt: "03:00");

        var moved = await client.GetJsonAsync($"/api/episodes/{episode["id"]}");
        Assert.Equal("2026-11-19", moved["diaryDay"]!.GetValue<string>());
        Assert.Equal(episode["startedAt"]!.GetValue<string>(), moved["startedAt"]!.GetValue<string>());
        Assert.Equal(episode["startedAtLocal"]!.GetValue<string>(), moved["startedAtLocal"]!.GetValue<string>());
        Assert.Equal([episode["id"]!.GetValue<string>()], (await client.GetArrayAsync("/api/episodes?from=2026-11-19&to=2026-11-19")).Ids());
        Assert.Single(await client.GetArrayAsync("/api/drinks?from=2026-11-19&to=2026-11-19"));
        Assert.Equal(0, (await client.GetJsonAsync("/api/hydration/days/2026-11-18"))["drinksMl"]!.GetValue<double>());
        Assert.Equal(300, (await client.GetJsonAsync("/api/hydration/days/2026-11-19"))["drinksMl"]!.GetValue<double>());
    }

    [Fact]
    public async Task Put_DayStartsAtChangedWithAnEpisodeInADaylightSavingGap_UsesTheResolvedTime()
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, timeZone: "Europe/Berlin", dayStartsAt: "03:00");
        var episode = await (await client.PostJsonAsync("/api/episodes", EpisodesApiTests.ValidEpisode("2026-03-29T02:30"))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("2026-03-29", episode["diaryDay"]!.GetValue<string>());

        await SpasmCoachApplication.PutProfileAsync(client, timeZone: "Europe/Berlin", dayStartsAt: "02:45");

        // 02:30 never happened that night; it is 03:30 under the one rule, which is after a 02:45 day start.
        var after = await client.GetJsonAsync($"/api/episodes/{episode["id"]}");
        Assert.Equal("2026-03-29", after["diaryDay"]!.GetValue<string>());
        Assert.Equal("2026-03-29T01:30:00Z", after["startedAt"]!.GetValue<string>());
    }
}

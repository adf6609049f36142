using System.Net;
using System.Text.Json.Nodes;
using NodaTime;

namespace SpasmCoach.Web.Tests.Features.Hydration;

public sealed class HydrationApiTests : IClassFixture<SpasmCoachApplication>
{
    private const string AllTime = "/api/drinks?from=2022-01-01&to=2026-12-31";

    private readonly SpasmCoachApplication _app;

    public HydrationApiTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    public static JsonObject Drink(string? atLocal = "2026-11-19T10:00", double volumeMl = 250, string beverage = "water") => new()
    {
        ["atLocal"] = atLocal,
        ["volumeMl"] = volumeMl,
        ["beverage"] = beverage,
    };

    private static async Task<string> AddDrinkAsync(HttpClient client, string atLocal, double volumeMl, string beverage = "water") =>
        (await (await client.PostJsonAsync("/api/drinks", Drink(atLocal, volumeMl, beverage))).ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();

    [Fact]
    public async Task CreateDrink_Valid_Returns201WithLocationAndStoredFields()
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, timeZone: "America/New_York");

        var response = await client.PostJsonAsync("/api/drinks", Drink("2026-11-19T21:30", 330, "sports-drink"));

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        created.AssertFields("id", "atLocal", "at", "diaryDay", "volumeMl", "beverage");
        var id = created["id"]!.GetValue<string>();
        Assert.Equal($"/api/drinks/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("2026-11-19T21:30:00", created["atLocal"]!.GetValue<string>());
        Assert.Equal("2026-11-20T02:30:00Z", created["at"]!.GetValue<string>());
        Assert.Equal("2026-11-19", created["diaryDay"]!.GetValue<string>());
        Assert.Equal(330, created["volumeMl"]!.GetValue<double>());
        Assert.Equal("sports-drink", created["beverage"]!.GetValue<string>());
        var listed = await client.GetArrayAsync("/api/drinks?from=2026-11-19&to=2026-11-19");
        Assert.Equal(created.ToJsonString(), Assert.Single(listed)!.ToJsonString());
    }

    [Fact]
    public async Task CreateDrink_WithoutTime_IsLoggedNow()
    {
        var client = await _app.CreateClientAsync();
        _app.Clock.Reset(Instant.FromUtc(2026, 11, 20, 3, 45));

        var created = await (await client.PostJsonAsync("/api/drinks", Drink(atLocal: null))).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal("2026-11-20T03:45:00Z", created["at"]!.GetValue<string>());
        Assert.Equal("2026-11-19", created["diaryDay"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateDrink_SameClientIdAgain_Returns200WithStoredRecord()
    {
        var client = await _app.CreateClientAsync();
        var body = Drink();
        body["id"] = Guid.NewGuid().ToString();
        var first = await (await client.PostJsonAsync("/api/drinks", body)).ReadJsonAsync(HttpStatusCode.Created);

        var again = await (await client.PostJsonAsync("/api/drinks", body)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Single(await client.GetArrayAsync(AllTime));
    }

    [Fact]
    public async Task CreateDrink_SameClientIdWithOtherContent_Returns409AndChangesNothing()
    {
        var client = await _app.CreateClientAsync();
        var body = Drink();
        body["id"] = Guid.NewGuid().ToString();
        var first = await (await client.PostJsonAsync("/api/drinks", body)).ReadJsonAsync(HttpStatusCode.Created);

        body["volumeMl"] = 500;
        var problem = await (await client.PostJsonAsync("/api/drinks", body)).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("different content", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(first.ToJsonString(), Assert.Single(await client.GetArrayAsync(AllTime))!.ToJsonString());
    }

    [Fact]
    public async Task CreateDrink_RetryWithoutTimeLater_Returns200WithStoredRecord()
    {
        var client = await _app.CreateClientAsync();
        var body = Drink(atLocal: null);
        body["id"] = Guid.NewGuid().ToString();
        var first = await (await client.PostJsonAsync("/api/drinks", body)).ReadJsonAsync(HttpStatusCode.Created);

        _app.Clock.Advance(Duration.FromMinutes(3));
        var again = await (await client.PostJsonAsync("/api/drinks", body)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public async Task CreateDrink_SameClientIdConcurrently_StoresOneAndAnswersEveryReplay()
    {
        var client = await _app.CreateClientAsync();
        var body = Drink();
        body["id"] = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostJsonAsync("/api/drinks", body)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Single(await client.GetArrayAsync(AllTime));
    }

    [Fact]
    public async Task CreateDrink_AnotherUsersClientId_Returns409()
    {
        var owner = await _app.CreateClientAsync();
        var other = await _app.CreateClientAsync();
        var body = Drink();
        body["id"] = Guid.NewGuid().ToString();
        var stored = await (await owner.PostJsonAsync("/api/drinks", body)).ReadJsonAsync(HttpStatusCode.Created);

        await (await other.PostJsonAsync("/api/drinks", Drink(volumeMl: 999))).ReadJsonAsync(HttpStatusCode.Created);
        body["volumeMl"] = 100;
        await (await other.PostJsonAsync("/api/drinks", body)).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.DoesNotContain(body["id"]!.GetValue<string>(), (await other.GetArrayAsync(AllTime)).Ids());
        Assert.Equal(stored.ToJsonString(), Assert.Single(await owner.GetArrayAsync(AllTime))!.ToJsonString());
    }

    [Theory]
    [InlineData("volumeMl", "0")]
    [InlineData("volumeMl", "0.4")]
    [InlineData("volumeMl", "1")]
    [InlineData("volumeMl", "-250")]
    [InlineData("volumeMl", "5000.1")]
    [InlineData("volumeMl", "null")]
    [InlineData("beverage", "\"beer\"")]
    [InlineData("beverage", "null")]
    [InlineData("atLocal", "\"2026-11-20T12:11\"")]
    [InlineData("atLocal", "\"yesterday\"")]
    [InlineData("atLocal", "\"1999-12-31T23:00\"")]
    [InlineData("atLocal", "\"9999-12-31T23:59\"")]
    public async Task CreateDrink_InvalidField_Returns400NamingFieldAndStoresNothing(string field, string json)
    {
        var client = await _app.CreateClientAsync();
        var body = Drink();
        body[field] = JsonNode.Parse(json);

        await (await client.PostJsonAsync("/api/drinks", body)).AssertProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Empty(await client.GetArrayAsync(AllTime));
        Assert.Equal(0, (await client.GetJsonAsync("/api/hydration/days/2026-11-19"))["drinksMl"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("{\"volumeMl\":250,")]
    [InlineData("{\"volumeMl\":\"a glass\",\"beverage\":\"water\"}")]
    [InlineData("{\"volumeMl\":250,\"beverage\":[\"water\"]}")]
    [InlineData("")]
    public async Task CreateDrink_MalformedJson_Returns400ProblemAndStoresNothing(string json)
    {
        var client = await _app.CreateClientAsync();

        var problem = await (await client.SendRawJsonAsync(HttpMethod.Post, "/api/drinks", json)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem["errors"]!.AsObject());
        Assert.Empty(await client.GetArrayAsync(AllTime));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5000)]
    public async Task CreateDrink_VolumeAtItsLimit_IsAccepted(double volumeMl)
    {
        var client = await _app.CreateClientAsync();

        var created = await (await client.PostJsonAsync("/api/drinks", Drink(volumeMl: volumeMl))).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(volumeMl, created["volumeMl"]!.GetValue<double>());
    }

    [Fact]
    public async Task CreateDrink_BelowTwoMl_SaysTheLimitsSoNothingReadsAsZero()
    {
        var client = await _app.CreateClientAsync();

        var problem = await (await client.PostJsonAsync("/api/drinks", Drink(volumeMl: 0.4))).AssertProblemAsync(HttpStatusCode.BadRequest, "volumeMl");

        Assert.Equal("Must be from 2 to 5000 ml.", problem["errors"]!["volumeMl"]![0]!.GetValue<string>());
        Assert.Empty(await client.GetArrayAsync(AllTime));
    }

    [Fact]
    public async Task ListDrinks_Range_ReturnsTheDrinksOfThoseDiaryDays()
    {
        var client = await _app.CreateClientAsync();
        await AddDrinkAsync(client, "2026-11-17T23:00", 100);
        var lateNight = await AddDrinkAsync(client, "2026-11-18T03:30", 200);
        var morning = await AddDrinkAsync(client, "2026-11-18T08:00", 300);
        await AddDrinkAsync(client, "2026-11-19T04:00", 400);

        var list = await client.GetArrayAsync("/api/drinks?from=2026-11-18&to=2026-11-18");

        Assert.Equal([morning], list.Ids());
        Assert.Contains(lateNight, (await client.GetArrayAsync("/api/drinks?from=2026-11-17&to=2026-11-17")).Ids());
    }

    [Fact]
    public async Task ListDrinks_NoRange_ReturnsTheLast30DiaryDays()
    {
        var client = await _app.CreateClientAsync();
        var included = await AddDrinkAsync(client, "2026-10-22T12:00", 100);
        await AddDrinkAsync(client, "2026-10-21T12:00", 100);

        Assert.Equal([included], (await client.GetArrayAsync("/api/drinks")).Ids());
    }

    [Theory]
    [InlineData("/api/drinks?from=2020-01-01&to=2026-01-01", "to")]
    [InlineData("/api/drinks?from=2026-13-01", "from")]
    [InlineData("/api/hydration/days?from=2020-01-01&to=2026-01-01", "to")]
    [InlineData("/api/hydration/days?from=2026-11-02&to=2026-11-01", "to")]
    [InlineData("/api/hydration/days?to=tomorrow", "to")]
    [InlineData("/api/hydration/days/2026-02-30", "date")]
    [InlineData("/api/hydration/days/today", "date")]
    [InlineData("/api/hydration/days/9999-12-31", "date")]
    [InlineData("/api/hydration/days/-0001-01-01", "date")]
    [InlineData("/api/hydration/days?from=9999-12-30&to=9999-12-31", "from")]
    public async Task Get_InvalidDateOrRange_Returns400NamingTheField(string url, string field)
    {
        var client = await _app.CreateClientAsync();

        await (await client.GetAsync(url)).AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task DeleteDrink_Stored_Returns204AndItIsGone()
    {
        var client = await _app.CreateClientAsync();
        var id = await AddDrinkAsync(client, "2026-11-19T10:00", 250);
        var kept = await AddDrinkAsync(client, "2026-11-19T11:00", 300);

        var response = await client.DeleteAsync($"/api/drinks/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([kept], (await client.GetArrayAsync(AllTime)).Ids());
        Assert.Equal(300, (await client.GetJsonAsync("/api/hydration/days/2026-11-19"))["drinksMl"]!.GetValue<double>());
    }

    [Fact]
    public async Task DeleteDrink_MissingId_Returns404Problem()
    {
        var client = await _app.CreateClientAsync();

        await (await client.DeleteAsync($"/api/drinks/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetDay_Female19Plus_GoalIs2200MlFromTheIntakeTable()
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, birthDate: "1990-05-01", sex: "female");
        await AddDrinkAsync(client, "2026-11-19T09:00", 250);
        await AddDrinkAsync(client, "2026-11-19T13:00", 500.5, "tea");
        await AddDrinkAsync(client, "2026-11-20T03:00", 200);
        await AddDrinkAsync(client, "2026-11-20T04:00", 999);

        var day = await client.GetJsonAsync("/api/hydration/days/2026-11-19");

        day.AssertFields("date", "drinksMl", "goalMl", "limitMl", "source", "basis", "overLimit", "foodWaterMl", "totalWaterMl", "totalGoalMl", "foodsLogged", "foodsWithoutWater");
        Assert.Equal("2026-11-19", day["date"]!.GetValue<string>());
        Assert.Equal(950.5, day["drinksMl"]!.GetValue<double>());
        Assert.Equal(2200, day["goalMl"]!.GetValue<double>());
        Assert.Null(day["limitMl"]);
        Assert.Equal("adequate-intake", day["source"]!.GetValue<string>());
        Assert.Contains("female 19+", day["basis"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(day["overLimit"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("1990-05-01", "male", "none", 3000)]
    [InlineData("1990-05-01", "female", "pregnant", 2300)]
    [InlineData("1990-05-01", "female", "lactating", 3100)]
    [InlineData("2010-01-01", "female", "none", 1800)]
    [InlineData("2016-01-01", "male", "none", 1800)]
    [InlineData("2020-01-01", "female", "none", 1200)]
    public async Task GetDay_ByAgeSexAndLifeStage_GoalComesFromTheIntakeTable(string birthDate, string sex, string lifeStage, double goalMl)
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, birthDate: birthDate, sex: sex, lifeStage: lifeStage);

        var day = await client.GetJsonAsync("/api/hydration/days/2026-11-19");

        Assert.Equal(goalMl, day["goalMl"]!.GetValue<double>());
        Assert.Equal("adequate-intake", day["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetDay_ClinicianFluidLimit_ReplacesTheGoal()
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, birthDate: "1950-01-01", sex: "male", fluidLimitMl: 1500, drinksGoalMl: 2500);
        await AddDrinkAsync(client, "2026-11-18T10:00", 1500);
        await AddDrinkAsync(client, "2026-11-19T10:00", 1500);
        await AddDrinkAsync(client, "2026-11-19T18:00", 100, "soup");

        var atLimit = await client.GetJsonAsync("/api/hydration/days/2026-11-18");
        var overLimit = await client.GetJsonAsync("/api/hydration/days/2026-11-19");

        Assert.Null(atLimit["goalMl"]);
        Assert.Equal(1500, atLimit["limitMl"]!.GetValue<double>());
        Assert.Equal("clinician-limit", atLimit["source"]!.GetValue<string>());
        Assert.False(atLimit["overLimit"]!.GetValue<bool>());
        Assert.Null(overLimit["goalMl"]);
        Assert.Equal(1600, overLimit["drinksMl"]!.GetValue<double>());
        Assert.True(overLimit["overLimit"]!.GetValue<bool>());
    }

    [Fact]
    public async Task GetDay_PersonalGoal_ReplacesTheTable()
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, birthDate: "1990-05-01", sex: "female", drinksGoalMl: 2600);

        var day = await client.GetJsonAsync("/api/hydration/days/2026-11-19");

        Assert.Equal(2600, day["goalMl"]!.GetValue<double>());
        Assert.Null(day["limitMl"]);
        Assert.Equal("personal", day["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetDay_ProfileWithoutAgeOrSex_HasNoGoal()
    {
        var client = await _app.CreateClientAsync();
        await AddDrinkAsync(client, "2026-11-19T10:00", 250);

        var day = await client.GetJsonAsync("/api/hydration/days/2026-11-19");

        Assert.Equal(250, day["drinksMl"]!.GetValue<double>());
        Assert.Null(day["goalMl"]);
        Assert.Null(day["limitMl"]);
        Assert.Null(day["basis"]);
        Assert.Equal("none", day["source"]!.GetValue<string>());
        Assert.False(day["overLimit"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ListDays_Range_ReturnsEveryDayWithItsTotal()
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, birthDate: "1990-05-01", sex: "male");
        await AddDrinkAsync(client, "2026-11-16T12:00", 100);
        await AddDrinkAsync(client, "2026-11-18T08:00", 250);
        await AddDrinkAsync(client, "2026-11-19T02:00", 250);
        await AddDrinkAsync(client, "2026-11-19T12:00", 400);

        var days = await client.GetArrayAsync("/api/hydration/days?from=2026-11-17&to=2026-11-19");

        Assert.Equal(["2026-11-17", "2026-11-18", "2026-11-19"], days.Select(d => d!["date"]!.GetValue<string>()));
        Assert.Equal([0.0, 500.0, 400.0], days.Select(d => d!["drinksMl"]!.GetValue<double>()));
        Assert.All(days, d => Assert.Equal(3000, d!["goalMl"]!.GetValue<double>()));
    }

    [Fact]
    public async Task ListDays_EndingOnTheLatestDateAllowed_ReturnsEveryDay()
    {
        var client = await _app.CreateClientAsync();

        var days = await client.GetArrayAsync("/api/hydration/days?from=2999-12-30&to=2999-12-31");

        Assert.Equal(["2999-12-30", "2999-12-31"], days.Select(d => d!["date"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ListDays_NoRange_ReturnsTheLast30DiaryDays()
    {
        var client = await _app.CreateClientAsync();

        var days = await client.GetArrayAsync("/api/hydration/days");

        Assert.Equal(30, days.Count);
        Assert.Equal("2026-10-22", days[0]!["date"]!.GetValue<string>());
        Assert.Equal("2026-11-20", days[29]!["date"]!.GetValue<string>());
    }
}

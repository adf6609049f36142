using System.Net;
using System.Text.Json.Nodes;
using NodaTime;

namespace SpasmCoach.Web.Tests.Features.CheckIns;

public sealed class CheckInsApiTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public CheckInsApiTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    public static JsonObject FullCheckIn() => new()
    {
        ["sittingHours"] = 7.5,
        ["longestSittingMinutes"] = 120,
        ["exerciseMinutes"] = 45,
        ["exerciseIntensity"] = "vigorous",
        ["alcoholUnits"] = 2,
        ["caffeinatedDrinks"] = 3,
        ["sleepHours"] = 6.5,
        ["kneePain"] = 4,
        ["kneeSwelling"] = true,
        ["weightKg"] = 71.2,
        ["notes"] = "Long drive, then a hard run.",
    };

    [Fact]
    public async Task Put_NewDay_StoresTheCheckIn()
    {
        var client = await _app.CreateClientAsync();

        var saved = await (await client.PutJsonAsync("/api/checkins/2026-11-19", FullCheckIn())).ReadJsonAsync();

        Assert.Equal("2026-11-19", saved["date"]!.GetValue<string>());
        Assert.Equal(7.5, saved["sittingHours"]!.GetValue<double>());
        Assert.Equal(120, saved["longestSittingMinutes"]!.GetValue<int>());
        Assert.Equal(45, saved["exerciseMinutes"]!.GetValue<int>());
        Assert.Equal("vigorous", saved["exerciseIntensity"]!.GetValue<string>());
        Assert.Equal(2, saved["alcoholUnits"]!.GetValue<double>());
        Assert.Equal(3, saved["caffeinatedDrinks"]!.GetValue<int>());
        Assert.Equal(6.5, saved["sleepHours"]!.GetValue<double>());
        Assert.Equal(4, saved["kneePain"]!.GetValue<int>());
        Assert.True(saved["kneeSwelling"]!.GetValue<bool>());
        Assert.Equal(71.2, saved["weightKg"]!.GetValue<double>());
        Assert.Equal("Long drive, then a hard run.", saved["notes"]!.GetValue<string>());
        Assert.Equal(saved.ToJsonString(), (await client.GetJsonAsync("/api/checkins/2026-11-19")).ToJsonString());
    }

    [Fact]
    public async Task Put_SameDayAgain_ReplacesTheWholeDay()
    {
        var client = await _app.CreateClientAsync();
        await (await client.PutJsonAsync("/api/checkins/2026-11-19", FullCheckIn())).ReadJsonAsync();

        var replaced = await (await client.PutJsonAsync("/api/checkins/2026-11-19", new JsonObject { ["sleepHours"] = 8 })).ReadJsonAsync();

        Assert.Equal(8, replaced["sleepHours"]!.GetValue<double>());
        Assert.Null(replaced["sittingHours"]);
        Assert.Null(replaced["notes"]);
        Assert.Equal(replaced.ToJsonString(), Assert.Single(await client.GetArrayAsync("/api/checkins?from=2026-11-01&to=2026-11-20"))!.ToJsonString());
    }

    /// <summary>Every answer null: stored, it read as "checked in" with nothing to show.</summary>
    public static JsonObject EmptyCheckIn()
    {
        var body = FullCheckIn();
        foreach (var field in body.Select(p => p.Key).ToList())
        {
            body[field] = null;
        }
        return body;
    }

    [Fact]
    public async Task Put_NoAnswersAndNothingStored_Returns400AndStoresNothing()
    {
        var client = await _app.CreateClientAsync();

        foreach (var body in new[] { EmptyCheckIn(), [], new JsonObject { ["notes"] = "   ", ["exerciseIntensity"] = "" } })
        {
            var problem = await (await client.PutJsonAsync("/api/checkins/2026-11-19", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "checkIn");

            Assert.Equal("Fill in at least one answer.", problem["errors"]!["checkIn"]![0]!.GetValue<string>());
        }
        await (await client.GetAsync("/api/checkins/2026-11-19")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await client.GetArrayAsync("/api/checkins?from=2026-11-01&to=2026-11-20"));
    }

    /// <summary>A client clearing its form must not wipe a day: no answers is the same 400 whether or not one is stored.</summary>
    [Fact]
    public async Task Put_NoAnswersOverAStoredCheckIn_Returns400AndKeepsIt()
    {
        var client = await _app.CreateClientAsync();
        var stored = await (await client.PutJsonAsync("/api/checkins/2026-11-18", FullCheckIn())).ReadJsonAsync();

        foreach (var body in new[] { EmptyCheckIn(), [] })
        {
            var problem = await (await client.PutJsonAsync("/api/checkins/2026-11-18", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "checkIn");

            Assert.Equal("Fill in at least one answer.", problem["errors"]!["checkIn"]![0]!.GetValue<string>());
        }
        Assert.Equal(stored.ToJsonString(), (await client.GetJsonAsync("/api/checkins/2026-11-18")).ToJsonString());
    }

    [Fact]
    public async Task Delete_StoredCheckIn_Returns204AndRemovesOnlyThatDay()
    {
        var client = await _app.CreateClientAsync();
        await (await client.PutJsonAsync("/api/checkins/2026-11-18", FullCheckIn())).ReadJsonAsync();
        var kept = await (await client.PutJsonAsync("/api/checkins/2026-11-19", FullCheckIn())).ReadJsonAsync();

        var response = await client.DeleteAsync("/api/checkins/2026-11-18");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await client.GetAsync("/api/checkins/2026-11-18")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([kept.ToJsonString()], (await client.GetArrayAsync("/api/checkins?from=2026-11-01&to=2026-11-20")).Select(c => c!.ToJsonString()));
        await (await client.DeleteAsync("/api/checkins/2026-11-18")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_BadDate_Returns400NamingDate()
    {
        var client = await _app.CreateClientAsync();

        await (await client.DeleteAsync("/api/checkins/yesterday")).AssertProblemAsync(HttpStatusCode.BadRequest, "date");
    }

    [Fact]
    public async Task Get_DayWithoutCheckIn_Returns404Problem()
    {
        var client = await _app.CreateClientAsync();

        await (await client.GetAsync("/api/checkins/2026-11-19")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string> InvalidFields => new()
    {
        { "kneePain", "11" },
        { "kneePain", "-1" },
        { "sleepHours", "24.5" },
        { "sittingHours", "-1" },
        { "longestSittingMinutes", "500" },
        { "exerciseMinutes", "1441" },
        { "exerciseIntensity", "\"extreme\"" },
        { "alcoholUnits", "51" },
        { "caffeinatedDrinks", "31" },
        { "weightKg", "10" },
        { "notes", JsonValue.Create(new string('n', 4001)).ToJsonString() },
        { "notes", "\"a NUL \\u0000 in the middle\"" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Put_InvalidField_Returns400NamingFieldAndChangesNothing(string field, string json)
    {
        var client = await _app.CreateClientAsync();
        var stored = await (await client.PutJsonAsync("/api/checkins/2026-11-18", FullCheckIn())).ReadJsonAsync();
        var body = FullCheckIn();
        body[field] = JsonNode.Parse(json);

        await (await client.PutJsonAsync("/api/checkins/2026-11-18", body)).AssertProblemAsync(HttpStatusCode.BadRequest, field);
        await (await client.PutJsonAsync("/api/checkins/2026-11-19", body)).AssertProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Equal(stored.ToJsonString(), (await client.GetJsonAsync("/api/checkins/2026-11-18")).ToJsonString());
        await (await client.GetAsync("/api/checkins/2026-11-19")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("2026-11-21")]
    [InlineData("1999-12-31")]
    [InlineData("2026-02-30")]
    [InlineData("19.11.2026")]
    [InlineData("9999-12-31")]
    [InlineData("-0001-01-01")]
    public async Task Put_DateNotAllowed_Returns400NamingDateAndStoresNothing(string date)
    {
        var client = await _app.CreateClientAsync();

        await (await client.PutJsonAsync($"/api/checkins/{date}", FullCheckIn())).AssertProblemAsync(HttpStatusCode.BadRequest, "date");

        Assert.Empty(await client.GetArrayAsync("/api/checkins?from=2022-01-01&to=2026-12-31"));
    }

    [Fact]
    public async Task Put_CalendarDateWhoseDiaryDayHasNotStarted_Returns400()
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, timeZone: "Europe/Berlin");
        _app.Clock.Reset(Instant.FromUtc(2026, 11, 21, 2, 0));

        await (await client.PutJsonAsync("/api/checkins/2026-11-21", FullCheckIn())).AssertProblemAsync(HttpStatusCode.BadRequest, "date");
        await (await client.PutJsonAsync("/api/checkins/2026-11-20", FullCheckIn())).ReadJsonAsync();
    }

    [Theory]
    [InlineData("{\"sleepHours\":")]
    [InlineData("{\"sleepHours\":\"eight\"}")]
    [InlineData("{\"kneeSwelling\":\"maybe\"}")]
    [InlineData("")]
    public async Task Put_MalformedJson_Returns400AndStoresNothing(string json)
    {
        var client = await _app.CreateClientAsync();

        var problem = await (await client.SendRawJsonAsync(HttpMethod.Put, "/api/checkins/2026-11-19", json)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem["errors"]!.AsObject());
        await (await client.GetAsync("/api/checkins/2026-11-19")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-9998-01-01")]
    [InlineData("1899-12-31")]
    public async Task Get_MalformedDate_Returns400NamingDate(string date)
    {
        var client = await _app.CreateClientAsync();

        await (await client.GetAsync($"/api/checkins/{date}")).AssertProblemAsync(HttpStatusCode.BadRequest, "date");
    }

    [Fact]
    public async Task List_Range_ReturnsCheckInsOfThoseDaysInDateOrder()
    {
        var client = await _app.CreateClientAsync();
        foreach (var date in new[] { "2026-11-19", "2026-11-10", "2026-11-12", "2026-11-09" })
        {
            await (await client.PutJsonAsync($"/api/checkins/{date}", new JsonObject { ["sleepHours"] = 7 })).ReadJsonAsync();
        }

        var list = await client.GetArrayAsync("/api/checkins?from=2026-11-10&to=2026-11-19");

        Assert.Equal(["2026-11-10", "2026-11-12", "2026-11-19"], list.Select(c => c!["date"]!.GetValue<string>()));
    }

    [Fact]
    public async Task List_NoRange_ReturnsTheLast30DiaryDays()
    {
        var client = await _app.CreateClientAsync();
        foreach (var date in new[] { "2026-10-21", "2026-10-22", "2026-11-20" })
        {
            await (await client.PutJsonAsync($"/api/checkins/{date}", new JsonObject { ["sleepHours"] = 7 })).ReadJsonAsync();
        }

        var list = await client.GetArrayAsync("/api/checkins");

        Assert.Equal(["2026-10-22", "2026-11-20"], list.Select(c => c!["date"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("from=2021-11-01&to=2026-11-02", "to")]
    [InlineData("from=2026-11-10&to=2026-11-01", "to")]
    [InlineData("from=someday", "from")]
    public async Task List_InvalidRange_Returns400NamingTheField(string query, string field)
    {
        var client = await _app.CreateClientAsync();

        await (await client.GetAsync($"/api/checkins?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }
}

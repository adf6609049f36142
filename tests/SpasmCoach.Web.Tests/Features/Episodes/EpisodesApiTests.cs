using System.Net;
using System.Text.Json.Nodes;
using NodaTime;

namespace SpasmCoach.Web.Tests.Features.Episodes;

public sealed class EpisodesApiTests : IClassFixture<SpasmCoachApplication>
{
    /// <summary>A range that covers every date these tests use, within the five-year limit.</summary>
    private const string AllTime = "/api/episodes?from=2022-01-01&to=2026-12-31";

    private readonly SpasmCoachApplication _app;

    public EpisodesApiTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    public static JsonObject ValidEpisode(string startedAtLocal = "2026-11-19T22:15") => new()
    {
        ["startedAtLocal"] = startedAtLocal,
        ["durationSeconds"] = 90,
        ["muscle"] = "calf",
        ["side"] = "left",
        ["severity"] = 7,
        ["activity"] = "asleep-or-lying",
        ["reliefTried"] = new JsonArray("stretch", "heat"),
        ["helpedBy"] = "stretch",
        ["timeToReliefSeconds"] = 60,
        ["sorenessAfter"] = 3,
        ["notes"] = "Woke up with the left calf locked.",
    };

    [Fact]
    public async Task Create_ValidEpisode_Returns201WithLocationAndStoredFields()
    {
        var client = await _app.CreateClientAsync();

        var response = await client.PostJsonAsync("/api/episodes", ValidEpisode());

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        created.AssertFields("id", "startedAtLocal", "startedAt", "diaryDay", "durationSeconds", "muscle", "side", "severity", "activity",
            "reliefTried", "helpedBy", "timeToReliefSeconds", "sorenessAfter", "notes", "ongoing");
        var id = created["id"]!.GetValue<string>();
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal($"/api/episodes/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("2026-11-19T22:15:00", created["startedAtLocal"]!.GetValue<string>());
        Assert.Equal("2026-11-19T22:15:00Z", created["startedAt"]!.GetValue<string>());
        Assert.Equal("2026-11-19", created["diaryDay"]!.GetValue<string>());
        Assert.Equal(90, created["durationSeconds"]!.GetValue<int>());
        Assert.Equal("calf", created["muscle"]!.GetValue<string>());
        Assert.Equal("left", created["side"]!.GetValue<string>());
        Assert.Equal(7, created["severity"]!.GetValue<int>());
        Assert.Equal("asleep-or-lying", created["activity"]!.GetValue<string>());
        Assert.Equal(["stretch", "heat"], created["reliefTried"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("stretch", created["helpedBy"]!.GetValue<string>());
        Assert.Equal(60, created["timeToReliefSeconds"]!.GetValue<int>());
        Assert.Equal(3, created["sorenessAfter"]!.GetValue<int>());
        Assert.Equal("Woke up with the left calf locked.", created["notes"]!.GetValue<string>());
        Assert.False(created["ongoing"]!.GetValue<bool>());
        var stored = await client.GetJsonAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(created.ToJsonString(), stored.ToJsonString());
    }

    [Fact]
    public async Task Create_WithoutStartOrDuration_StartsNowAndIsOngoing()
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, timeZone: "Europe/Berlin");
        _app.Clock.Reset(Instant.FromUtc(2026, 11, 20, 2, 30, 15));

        var created = await (await client.PostJsonAsync("/api/episodes", new JsonObject { ["muscle"] = "hamstrings", ["side"] = "both" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal("2026-11-20T03:30:15", created["startedAtLocal"]!.GetValue<string>());
        Assert.Equal("2026-11-20T02:30:15Z", created["startedAt"]!.GetValue<string>());
        Assert.Equal("2026-11-19", created["diaryDay"]!.GetValue<string>());
        Assert.True(created["ongoing"]!.GetValue<bool>());
        Assert.Null(created["durationSeconds"]);
    }

    [Fact]
    public async Task Create_SameClientIdAgain_Returns200WithStoredRecord()
    {
        var client = await _app.CreateClientAsync();
        var body = ValidEpisode();
        body["id"] = Guid.NewGuid().ToString();
        var first = await (await client.PostJsonAsync("/api/episodes", body)).ReadJsonAsync(HttpStatusCode.Created);

        var again = await (await client.PostJsonAsync("/api/episodes", body)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(body["id"]!.GetValue<string>(), first["id"]!.GetValue<string>());
        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        var list = await client.GetArrayAsync(AllTime);
        Assert.Equal([first["id"]!.GetValue<string>()], list.Ids());
    }

    [Fact]
    public async Task Create_SameClientIdWithOtherContent_Returns409AndChangesNothing()
    {
        var client = await _app.CreateClientAsync();
        var body = ValidEpisode();
        body["id"] = Guid.NewGuid().ToString();
        var first = await (await client.PostJsonAsync("/api/episodes", body)).ReadJsonAsync(HttpStatusCode.Created);

        body["severity"] = 2;
        var problem = await (await client.PostJsonAsync("/api/episodes", body)).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("different content", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(first.ToJsonString(), (await client.GetJsonAsync($"/api/episodes/{body["id"]}")).ToJsonString());
        Assert.Single(await client.GetArrayAsync(AllTime));
    }

    [Fact]
    public async Task Create_RetryWithoutStartLater_Returns200WithStoredRecord()
    {
        // A start left out means "now": a retry minutes later says the same thing as the first send.
        var client = await _app.CreateClientAsync();
        var body = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["muscle"] = "calf", ["side"] = "left" };
        var first = await (await client.PostJsonAsync("/api/episodes", body)).ReadJsonAsync(HttpStatusCode.Created);

        _app.Clock.Advance(Duration.FromMinutes(3));
        var again = await (await client.PostJsonAsync("/api/episodes", body)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public async Task Create_SameClientIdConcurrently_StoresOneAndAnswersEveryReplay()
    {
        var client = await _app.CreateClientAsync();
        var body = ValidEpisode();
        body["id"] = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostJsonAsync("/api/episodes", body)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Single(await client.GetArrayAsync(AllTime));
    }

    [Fact]
    public async Task Create_AnotherUsersClientId_Returns409AndLeavesTheirEpisode()
    {
        var owner = await _app.CreateClientAsync();
        var other = await _app.CreateClientAsync();
        var body = ValidEpisode();
        body["id"] = Guid.NewGuid().ToString();
        var stored = await (await owner.PostJsonAsync("/api/episodes", body)).ReadJsonAsync(HttpStatusCode.Created);

        body["notes"] = "an attempt to overwrite";
        var problem = await (await other.PostJsonAsync("/api/episodes", body)).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.DoesNotContain("Woke up", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await other.GetArrayAsync(AllTime));
        Assert.Equal(stored.ToJsonString(), (await owner.GetJsonAsync($"/api/episodes/{body["id"]}")).ToJsonString());
    }

    public static TheoryData<string, string> InvalidFields => new()
    {
        { "severity", "-1" },
        { "severity", "11" },
        { "durationSeconds", "-1" },
        { "durationSeconds", "86401" },
        { "startedAtLocal", "\"2026-11-20T12:11\"" },
        { "startedAtLocal", "\"2026-11-20T12:00:00+01:00\"" },
        { "startedAtLocal", "\"last night\"" },
        { "startedAtLocal", "\"9999-12-31T23:59\"" },
        { "startedAtLocal", "\"1999-12-31T23:59\"" },
        { "muscle", "\"knee\"" },
        { "muscle", "null" },
        { "side", "\"middle\"" },
        { "activity", "\"dancing\"" },
        { "reliefTried", "[\"stretch\",\"prayer\"]" },
        { "helpedBy", "\"massage\"" },
        { "sorenessAfter", "11" },
        { "timeToReliefSeconds", "-5" },
        { "timeToReliefSeconds", "500" }, // longer than the 90-second cramp
        { "notes", JsonValue.Create(new string('n', 4001)).ToJsonString() },
        { "notes", "\"a NUL \\u0000 in the middle\"" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Create_InvalidField_Returns400NamingFieldAndStoresNothing(string field, string json)
    {
        var client = await _app.CreateClientAsync();
        var body = ValidEpisode();
        body[field] = JsonNode.Parse(json);

        var response = await client.PostJsonAsync("/api/episodes", body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Empty(await client.GetArrayAsync(AllTime));
    }

    [Theory]
    [InlineData("{\"muscle\":\"calf\",")]
    [InlineData("muscle=calf&side=left")]
    [InlineData("[]")]
    [InlineData("{\"muscle\":\"calf\",\"side\":\"left\",\"severity\":\"very\"}")]
    [InlineData("{\"muscle\":\"calf\",\"side\":\"left\",\"durationSeconds\":1e20}")]
    [InlineData("{\"muscle\":\"calf\",\"side\":\"left\",\"id\":\"not-a-uuid\"}")]
    [InlineData("")]
    public async Task Create_MalformedJson_Returns400ProblemAndStoresNothing(string json)
    {
        var client = await _app.CreateClientAsync();

        var response = await client.SendRawJsonAsync(HttpMethod.Post, "/api/episodes", json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem["errors"]!.AsObject());
        Assert.Empty(await client.GetArrayAsync(AllTime));
    }

    [Theory]
    [InlineData("severity", "0")]
    [InlineData("severity", "10")]
    [InlineData("durationSeconds", "0")]
    [InlineData("durationSeconds", "86400")]
    [InlineData("startedAtLocal", "\"2026-11-20T12:10\"")]
    public async Task Create_ValueAtItsLimit_IsAccepted(string field, string json)
    {
        var client = await _app.CreateClientAsync();
        var body = ValidEpisode();
        body.Remove("timeToReliefSeconds"); // at most the duration; a 0-second cramp would refuse the sample's 60
        body[field] = JsonNode.Parse(json);

        await (await client.PostJsonAsync("/api/episodes", body)).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Create_NotesOf4000Characters_AreStoredWhole()
    {
        var client = await _app.CreateClientAsync();
        var body = ValidEpisode();
        body["notes"] = new string('n', 4000);

        var created = await (await client.PostJsonAsync("/api/episodes", body)).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(4000, created["notes"]!.GetValue<string>().Length);
    }

    [Theory]
    [InlineData("2026-11-19T03:59", "2026-11-18")]
    [InlineData("2026-11-19T04:00", "2026-11-19")]
    [InlineData("2026-11-19T00:00", "2026-11-18")]
    [InlineData("2026-11-19T23:59", "2026-11-19")]
    public async Task Create_AroundTheDefaultDayStart_CountsTowardTheRightDiaryDay(string startedAtLocal, string diaryDay)
    {
        var client = await _app.CreateClientAsync();

        var created = await (await client.PostJsonAsync("/api/episodes", ValidEpisode(startedAtLocal))).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(diaryDay, created["diaryDay"]!.GetValue<string>());
        var listed = await client.GetArrayAsync($"/api/episodes?from={diaryDay}&to={diaryDay}");
        Assert.Equal([created["id"]!.GetValue<string>()], listed.Ids());
    }

    [Theory]
    [InlineData("Europe/Berlin", "04:00", "2026-07-01T12:00", "2026-07-01T10:00:00Z", "2026-07-01")]
    [InlineData("Europe/Berlin", "04:00", "2026-03-29T02:30", "2026-03-29T01:30:00Z", "2026-03-28")]
    [InlineData("Europe/Berlin", "03:00", "2026-03-29T02:30", "2026-03-29T01:30:00Z", "2026-03-29")]
    [InlineData("Europe/Berlin", "04:00", "2026-10-25T02:30", "2026-10-25T00:30:00Z", "2026-10-24")]
    [InlineData("America/New_York", "04:00", "2026-03-08T02:30", "2026-03-08T07:30:00Z", "2026-03-07")]
    [InlineData("America/New_York", "04:00", "2026-11-01T01:30", "2026-11-01T05:30:00Z", "2026-10-31")]
    public async Task Create_LocalTimeAroundDaylightSaving_ResolvesSkippedForwardAndRepeatedToEarlier(
        string timeZone, string dayStartsAt, string startedAtLocal, string startedAt, string diaryDay)
    {
        var client = await _app.CreateClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, timeZone: timeZone, dayStartsAt: dayStartsAt);

        var created = await (await client.PostJsonAsync("/api/episodes", ValidEpisode(startedAtLocal))).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(startedAt, created["startedAt"]!.GetValue<string>());
        Assert.Equal(diaryDay, created["diaryDay"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_MissingId_Returns404Problem()
    {
        var client = await _app.CreateClientAsync();

        await (await client.GetAsync($"/api/episodes/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Update_ValidEpisode_ReplacesItUnderTheSameId()
    {
        var client = await _app.CreateClientAsync();
        var created = await (await client.PostJsonAsync("/api/episodes", ValidEpisode())).ReadJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        var change = ValidEpisode("2026-11-20T03:10");
        change["muscle"] = "quadriceps";
        change["severity"] = 4;
        change["reliefTried"] = new JsonArray("nothing");
        change.Remove("helpedBy");
        change.Remove("notes");

        var updated = await (await client.PutJsonAsync($"/api/episodes/{id}", change)).ReadJsonAsync();

        Assert.Equal(id, updated["id"]!.GetValue<string>());
        Assert.Equal("quadriceps", updated["muscle"]!.GetValue<string>());
        Assert.Equal(4, updated["severity"]!.GetValue<int>());
        Assert.Equal("2026-11-19", updated["diaryDay"]!.GetValue<string>());
        Assert.Equal(["nothing"], updated["reliefTried"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Null(updated["helpedBy"]);
        Assert.Null(updated["notes"]);
        Assert.Equal(updated.ToJsonString(), (await client.GetJsonAsync($"/api/episodes/{id}")).ToJsonString());
    }

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Update_InvalidField_Returns400NamingFieldAndKeepsStoredEpisode(string field, string json)
    {
        var client = await _app.CreateClientAsync();
        var created = await (await client.PostJsonAsync("/api/episodes", ValidEpisode())).ReadJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        var change = ValidEpisode();
        change[field] = JsonNode.Parse(json);

        await (await client.PutJsonAsync($"/api/episodes/{id}", change)).AssertProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Equal(created.ToJsonString(), (await client.GetJsonAsync($"/api/episodes/{id}")).ToJsonString());
    }

    [Fact]
    public async Task Update_MalformedJson_Returns400AndKeepsStoredEpisode()
    {
        var client = await _app.CreateClientAsync();
        var created = await (await client.PostJsonAsync("/api/episodes", ValidEpisode())).ReadJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();

        await (await client.SendRawJsonAsync(HttpMethod.Put, $"/api/episodes/{id}", "{\"severity\":")).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(created.ToJsonString(), (await client.GetJsonAsync($"/api/episodes/{id}")).ToJsonString());
    }

    [Fact]
    public async Task Update_MissingId_Returns404Problem()
    {
        var client = await _app.CreateClientAsync();

        await (await client.PutJsonAsync($"/api/episodes/{Guid.NewGuid()}", ValidEpisode())).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Empty(await client.GetArrayAsync(AllTime));
    }

    [Fact]
    public async Task Delete_StoredEpisode_Returns204AndItIsGone()
    {
        var client = await _app.CreateClientAsync();
        var created = await (await client.PostJsonAsync("/api/episodes", ValidEpisode())).ReadJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();

        var response = await client.DeleteAsync($"/api/episodes/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await client.GetAsync($"/api/episodes/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await client.GetArrayAsync(AllTime));
    }

    [Fact]
    public async Task Delete_MissingId_Returns404Problem()
    {
        var client = await _app.CreateClientAsync();

        await (await client.DeleteAsync($"/api/episodes/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_NoRange_ReturnsTheLast30DiaryDaysInStartOrder()
    {
        var client = await _app.CreateClientAsync();
        var today = await client.PostJsonAsync("/api/episodes", ValidEpisode("2026-11-20T11:00"));
        var earlierToday = await client.PostJsonAsync("/api/episodes", ValidEpisode("2026-11-20T05:00"));
        var oldestIncluded = await client.PostJsonAsync("/api/episodes", ValidEpisode("2026-10-22T12:00"));
        var tooOld = await client.PostJsonAsync("/api/episodes", ValidEpisode("2026-10-21T12:00"));
        var ids = new List<string>();
        foreach (var response in new[] { today, earlierToday, oldestIncluded, tooOld })
        {
            ids.Add((await response.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>());
        }

        var list = await client.GetArrayAsync("/api/episodes");

        Assert.Equal([ids[2], ids[1], ids[0]], list.Ids());
    }

    [Fact]
    public async Task List_FromTo_IncludesBothEndDays()
    {
        var client = await _app.CreateClientAsync();
        var ids = new List<string>();
        foreach (var start in new[] { "2026-11-09T12:00", "2026-11-10T12:00", "2026-11-12T23:00", "2026-11-13T03:00", "2026-11-13T04:00" })
        {
            ids.Add((await (await client.PostJsonAsync("/api/episodes", ValidEpisode(start))).ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>());
        }

        var list = await client.GetArrayAsync("/api/episodes?from=2026-11-10&to=2026-11-12");

        Assert.Equal(ids[1..4], list.Ids());
    }

    [Theory]
    [InlineData("from=2021-01-01&to=2026-01-02", "to")]
    [InlineData("from=2026-11-10&to=2026-11-09", "to")]
    [InlineData("from=10.11.2026&to=2026-11-12", "from")]
    [InlineData("from=2026-11-01&to=2026-02-30", "to")]
    [InlineData("to=2026-11-31", "to")]
    [InlineData("to=0001-01-01", "to")]
    [InlineData("from=9999-01-01&to=9999-12-31", "from")]
    [InlineData("from=-0001-01-01&to=-0001-01-02", "from")]
    public async Task List_InvalidRange_Returns400NamingTheField(string query, string field)
    {
        var client = await _app.CreateClientAsync();

        await (await client.GetAsync($"/api/episodes?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task List_RangeOfExactlyFiveYears_IsAccepted()
    {
        var client = await _app.CreateClientAsync();

        Assert.Empty(await client.GetArrayAsync("/api/episodes?from=2021-11-20&to=2026-11-20"));
    }
}

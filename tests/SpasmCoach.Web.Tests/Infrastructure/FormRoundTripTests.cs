using System.Net;
using System.Text.Json.Nodes;
using SpasmCoach.Web.Tests.Features.CheckIns;
using SpasmCoach.Web.Tests.Features.Episodes;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// A form opened on stored data and saved without a change stores the same data: what a person does when they open
/// their profile to change one thing. Every field the page shows must show what is stored, or saving loses it.
/// </summary>
public sealed class FormRoundTripTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public FormRoundTripTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    [Theory]
    [InlineData("us", 68.5, 1500, null)]
    [InlineData("us", 101.37, 1234, 2345)]
    [InlineData("metric", 68.55, 1234, 2345)]
    public async Task ProfileForm_SavedUnchanged_KeepsEveryField(string units, double weightKg, int fluidLimitMl, int? drinksGoalMl)
    {
        var client = await _app.CreatePageClientAsync();
        var stored = await (await client.PutJsonAsync("/api/profile", new JsonObject
        {
            ["timeZone"] = "America/Chicago",
            ["units"] = units,
            ["birthDate"] = "1990-06-30",
            ["sex"] = "female",
            ["lifeStage"] = "lactating",
            ["dayStartsAt"] = "05:30",
            ["weightKg"] = weightKg,
            ["fluidLimitMl"] = fluidLimitMl,
            ["drinksGoalMl"] = drinksGoalMl,
            ["avoid"] = new JsonArray("dairy", "nuts"),
            ["kidneyDisease"] = true,
            ["potassiumRaisingMedicine"] = true,
        })).ReadJsonAsync();

        await SaveUnchangedAsync(client, "/profile", "profile");

        Assert.Equal(stored.ToJsonString(), (await client.GetJsonAsync("/api/profile")).ToJsonString());
    }

    [Theory]
    [InlineData("metric", false)]
    [InlineData("us", false)]
    [InlineData("us", true)]
    public async Task CheckInForm_SavedUnchanged_KeepsEveryField(string units, bool finerThanShown)
    {
        var client = await _app.CreatePageClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, units: units);
        var checkIn = CheckInsApiTests.FullCheckIn();
        if (finerThanShown)
        {
            // The form shows 0.1: these would come back as 7.3, 1.3, 6.8 and 155.3 lb (70.44 kg).
            checkIn["sittingHours"] = 7.25;
            checkIn["alcoholUnits"] = 1.25;
            checkIn["sleepHours"] = 6.75;
            checkIn["weightKg"] = 70.45;
        }
        var stored = await (await client.PutJsonAsync("/api/checkins/2026-11-19", checkIn)).ReadJsonAsync();

        await SaveUnchangedAsync(client, "/checkin/2026-11-19", "checkin");

        Assert.Equal(stored.ToJsonString(), (await client.GetJsonAsync("/api/checkins/2026-11-19")).ToJsonString());
    }

    [Theory]
    [InlineData(90, 60, 3)]
    [InlineData(95, 150, 0)]
    [InlineData(3725, 1, 10)]
    public async Task EpisodeForm_SavedUnchanged_KeepsEveryField(int durationSeconds, int timeToReliefSeconds, int soreness)
    {
        var client = await _app.CreatePageClientAsync();
        var episode = EpisodesApiTests.ValidEpisode();
        episode["durationSeconds"] = durationSeconds;
        episode["timeToReliefSeconds"] = timeToReliefSeconds;
        episode["sorenessAfter"] = soreness;
        var stored = await (await client.PostJsonAsync("/api/episodes", episode)).ReadJsonAsync(HttpStatusCode.Created);
        var id = stored["id"]!.GetValue<string>();

        await SaveUnchangedAsync(client, $"/episodes/{id}", "edit-episode");

        var after = await client.GetJsonAsync($"/api/episodes/{id}");
        stored.AsObject().Remove("updatedAt");
        after.AsObject().Remove("updatedAt");
        Assert.Equal(stored.ToJsonString(), after.ToJsonString());
    }

    private static async Task SaveUnchangedAsync(HttpClient client, string page, string form)
    {
        var (html, _) = await client.GetFormPageAsync(page);
        var response = await client.PostFormAsync(page, [.. HtmlPages.FormAsShown(html, form)]);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"POST {page}: {(int)response.StatusCode}");
        Assert.DoesNotContain("aria-invalid=\"true\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

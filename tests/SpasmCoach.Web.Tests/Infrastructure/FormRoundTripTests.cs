using System.Net;
using System.Text.Json.Nodes;
using SpasmCoach.Web.Tests.Features.CheckIns;
using SpasmCoach.Web.Tests.Features.Episodes;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// A form opened on stored data and saved without a change stores the same data: what a person does when they open
/// their profile to change one thing. Every field the page shows must show what is stored, or saving loses it.
/// And a form sent back for one mistake shows every other field as it was typed, so fixing it loses nothing.
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
    [InlineData(155, 150, 0)]
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

    public static TheoryData<string, string, string[]> FormsWithOneError => new()
    {
        // page, form name, every field as typed (name=value); one of them is wrong, so the form comes back.
        {
            "/checkin/2026-11-19", "checkin",
            [
                "Model.SittingHours=7.5", "Model.LongestSittingMinutes=120", "Model.ExerciseMinutes=45", "Model.ExerciseIntensity=moderate",
                "Model.AlcoholUnits=2", "Model.CaffeinatedDrinks=3", "Model.SleepHours=30", "Model.Weight=72.5", "Model.KneePain=4",
                "Model.KneeSwelling=yes", "Model.Notes=Long drive.",
            ]
        },
        {
            "/profile", "profile",
            [
                "Form.TimeZone=Europe/London", "Form.Units=metric", "Form.ShownUnits=metric", "Form.BirthDate=1850-01-01", "Form.Sex=female",
                "Form.LifeStage=pregnant", "Form.Weight=70", "Form.DayStartsAt=05:00", "Form.HasFluidLimit=True", "Form.FluidLimit=1500",
                "Form.DrinksGoal=", "Form.AvoidDairy=True", "Form.AvoidFish=True", "Form.KidneyDisease=True",
            ]
        },
        {
            "/episodes/new", "log-episode",
            [
                "Model.StartedAtLocal=2026-11-19T03:00", "Model.Muscle=hamstrings", "Model.Side=right", "Model.DurationMinutes=-1",
                "Model.DurationSeconds=30", "Model.Severity=6", "Model.Activity=sitting", "Model.Stretch=True", "Model.Cold=True",
                "Model.HelpedBy=cold", "Model.ReliefMinutes=2.5", "Model.SorenessAfter=3", "Model.Notes=After the film.",
                "Model.FormId=019ab3c1-7a2e-7c11-9d40-5f1e2a3b4c5d",
            ]
        },
        { "/drinks", "custom-drink", ["Model.Amount=0", "Model.Beverage=tea", "Model.AtLocal=2026-11-20T11:00", "Model.FormId=019ab3c1-7a2e-7c11-9d40-5f1e2a3b4c5e"] },
    };

    [Theory]
    [MemberData(nameof(FormsWithOneError))]
    public async Task FormWithOneError_ComesBackWithEveryFieldAsTyped(string page, string form, string[] typed)
    {
        var client = await _app.CreatePageClientAsync();
        var (_, token) = await client.GetFormPageAsync(page);
        var fields = typed.Select(f => (f[..f.IndexOf('=', StringComparison.Ordinal)], f[(f.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToList();

        var response = await client.PostFormAsync(page, [("_handler", form), (HtmlPages.AntiforgeryField, token), .. fields]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        var shown = HtmlPages.FormAsShown(html, form).Where(f => f.Name is not (HtmlPages.AntiforgeryField or "_handler"));
        Assert.Equal(fields.Select(f => $"{f.Item1}={f.Item2}").Order(StringComparer.Ordinal), shown.Select(f => $"{f.Name}={f.Value}").Order(StringComparer.Ordinal));
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

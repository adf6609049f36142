using System.Net;

namespace SpasmCoach.Web.Tests.Features.Profiles;

public sealed class ProfilePageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    /// <summary>The profile form says what the API says for a child marked pregnant, under the field, and keeps the profile.</summary>
    [Fact]
    public async Task PregnantChild_IsRefusedUnderTheField()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        var (html, _) = await client.GetFormPageAsync("/profile");
        string[] changed = ["Form.BirthDate", "Form.Sex", "Form.LifeStage"];
        List<(string, string)> fields =
            [.. HtmlPages.FormAsShown(html, "profile").Where(f => !changed.Contains(f.Name)), ("Form.BirthDate", "2018-03-01"), ("Form.Sex", "female"), ("Form.LifeStage", "pregnant")];

        var response = await client.PostFormAsync("/profile", [.. fields]);
        var shown = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("""<small class="field-error" id="lifeStage-error">Pregnant or breastfeeding applies from age 14 in the intake tables.</small>""", shown, StringComparison.Ordinal);
        var profile = await client.GetJsonAsync("/api/profile");
        Assert.Null(profile["birthDate"]);
        Assert.Equal("none", profile["lifeStage"]!.GetValue<string>());
    }

    /// <summary>
    /// A profile stored pregnant at 50 that is now 51 (the profile refuses that now; the pregnancy rows end at 50)
    /// still loads, its page renders and the drinks goal is her own age row's (2.2 L, female 19+): nothing falls through.
    /// </summary>
    [Fact]
    public async Task PregnantAt50_AYearLater_ProfileAndDrinksGoalStillLoad()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, birthDate: "1976-06-01", sex: "female", lifeStage: "pregnant");
        app.Clock.Reset(SpasmCoachApplication.DefaultNow.Plus(NodaTime.Duration.FromDays(365)));

        Assert.Equal("pregnant", (await client.GetJsonAsync("/api/profile"))["lifeStage"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/drinks")).StatusCode);
        var day = await client.GetJsonAsync("/api/hydration/days/2027-11-20");
        Assert.Equal(2200, day["goalMl"]!.GetValue<double>());

        var (html, _) = await client.GetFormPageAsync("/profile");
        var response = await client.PostFormAsync("/profile", [.. HtmlPages.FormAsShown(html, "profile")]);
        Assert.Contains("""<small class="field-error" id="lifeStage-error">Pregnant or breastfeeding applies up to age 50 in the intake tables.</small>""",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

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

    /// <summary>
    /// The time-zone list offers canonical TZDB ids and zone.tab's per-country zones only: it listed 597, with old aliases
    /// (Asia/Calcutta beside Asia/Kolkata, US/Central, GB). Europe/Amsterdam stays though it is now a link to Brussels.
    /// A profile whose zone is an alias, which the API accepts, still shows it selected, and saving the form untouched keeps it.
    /// </summary>
    [Theory]
    [InlineData("Europe/London", false)]
    [InlineData("Asia/Calcutta", true)]
    [InlineData("US/Central", true)]
    public async Task TimeZoneList_CanonicalAndCountryZonesOnly_PlusTheProfilesOwnAlias(string zone, bool leftOut)
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, timeZone: zone);

        var (html, _) = await client.GetFormPageAsync("/profile");

        var select = System.Text.RegularExpressions.Regex.Match(html, "<select[^>]*id=\"timeZone\".*?</select>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var options = System.Text.RegularExpressions.Regex.Matches(select, "<option value=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var source = NodaTime.TimeZones.TzdbDateTimeZoneSource.Default;
        HashSet<string> offered = [.. source.CanonicalIdMap.Values, .. source.ZoneLocations!.Select(l => l.ZoneId)];
        Assert.Equal(leftOut ? [zone] : [], options.Where(id => !offered.Contains(id)));
        Assert.Equal(offered.Count + (leftOut ? 1 : 0), options.Count);
        Assert.InRange(options.Count, 400, 460);
        Assert.Contains("Asia/Kolkata", options);
        Assert.Contains("Europe/Amsterdam", options);
        Assert.DoesNotContain("GB", options);
        Assert.Contains("<option value=\"Asia/Kolkata\" data-aliases=\"Asia/Calcutta\"", select, StringComparison.Ordinal);
        Assert.Matches($"<option value=\"{zone}\"[^>]* selected", select);

        await client.PostFormAsync("/profile", [.. HtmlPages.FormAsShown(html, "profile")]);
        Assert.Equal(zone, (await client.GetJsonAsync("/api/profile"))["timeZone"]!.GetValue<string>());
    }
}

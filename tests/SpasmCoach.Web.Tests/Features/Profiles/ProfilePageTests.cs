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
}

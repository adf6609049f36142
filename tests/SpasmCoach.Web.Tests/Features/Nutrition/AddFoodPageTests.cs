using System.Net;
using System.Text.RegularExpressions;

namespace SpasmCoach.Web.Tests.Features.Nutrition;

/// <summary>Logging a USDA food from its page, as a form without JavaScript sends it.</summary>
public sealed class AddFoodPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    /// <summary>
    /// The walkthrough: 3 typed in "Weight (oz)" with "A portion" still chosen logged 1 medium banana without a word.
    /// The weight is asked about instead, and nothing is stored.
    /// </summary>
    [Fact]
    public async Task Log_WeightTypedWithAPortionChosen_AsksAboutTheWeightAndStoresNothing()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, units: "us");
        var (html, _) = await client.GetFormPageAsync("/food/add/09040");
        var shownForm = HtmlPages.FormAsShown(html, "add-food");
        Assert.Contains(("Model.Mode", "portion"), shownForm);

        var response = await client.PostFormAsync("/food/add/09040", [.. shownForm.Where(f => f.Name != "Model.Weight"), ("Model.Weight", "3")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<small class=\"field-error\" id=\"grams-error\">You typed a weight: choose &quot;A weight&quot;, or clear the weight box.</small>", shown, StringComparison.Ordinal);
        Assert.Matches(new Regex("<input[^>]*id=\"weight\"[^>]*aria-invalid=\"true\""), shown);
        Assert.Empty(await client.GetArrayAsync("/api/food-entries?from=2026-11-20&to=2026-11-20"));
    }
}

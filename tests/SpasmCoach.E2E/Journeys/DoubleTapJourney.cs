using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Journeys;

/// <summary>
/// At 3 a.m., in pain, people tap twice. A double tap on "Start", "+ Glass", "Save cramp" or "Add drink" sends the form
/// twice (the second submit cancels the first page load, not the first request); it must still store one cramp and one
/// drink.
/// </summary>
public sealed class DoubleTapJourney(SpasmCoachApp app)
{
    [Fact]
    public async Task DoubleTapOnStartAndOnAQuickDrink_StoresOneOfEach()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);

        await page.GotoAsync("/cramp-now");
        await TapTwiceAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start: it is happening now" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramp in progress" })).ToBeVisibleAsync();

        await page.GotoAsync("/drinks");
        await TapTwiceAsync(page.GetByRole(AriaRole.Button, new() { Name = "+ Glass 250 ml" }));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Drink added.");

        var range = $"from={DiarySeed.Format(DiarySeed.Today.PlusDays(-1))}&to={DiarySeed.Format(DiarySeed.Today.PlusDays(1))}";
        Assert.Equal(1, await ApiCount.OfAsync(page, $"/api/episodes?{range}"));
        Assert.Equal(1, await ApiCount.OfAsync(page, $"/api/drinks?{range}"));
    }

    [Fact]
    public async Task DoubleTapOnSaveCrampAndOnAddDrink_StoresOneOfEach()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);

        await page.GotoAsync("/episodes/new");
        await page.GetByRole(AriaRole.Group, new() { Name = "How bad was it?" }).GetByRole(AriaRole.Radio, new() { Name = "7", Exact = true }).CheckAsync();
        await TapTwiceAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save cramp" }));
        await Expect(page).ToHaveURLAsync(new Regex("/diary/.*added=episode"));

        await page.GotoAsync("/drinks");
        await page.GetByText("Another amount or time").ClickAsync();
        await page.GetByLabel("Amount").FillAsync("330");
        await TapTwiceAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add drink" }));
        await Expect(page).ToHaveURLAsync(new Regex("/drinks/.*added=drink"));

        var range = $"from={DiarySeed.Format(DiarySeed.Today.PlusDays(-1))}&to={DiarySeed.Format(DiarySeed.Today.PlusDays(1))}";
        Assert.Equal(1, await ApiCount.OfAsync(page, $"/api/episodes?{range}"));
        Assert.Equal(1, await ApiCount.OfAsync(page, $"/api/drinks?{range}"));
    }

    // Two taps a moment apart, the second while the first request is on its way (a double click in one go is merged by
    // the browser into one submission).
    private static async Task TapTwiceAsync(ILocator button)
    {
        await button.EvaluateAsync("b => { b.click(); setTimeout(() => b.click(), 150); }");
    }
}

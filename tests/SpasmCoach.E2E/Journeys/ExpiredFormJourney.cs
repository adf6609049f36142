using Microsoft.Playwright;
using SpasmCoach.E2E.Accessibility;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Journeys;

/// <summary>
/// A page left open while its form's anti-forgery cookie went (cookies cleared, another sign-in): a tap on the form
/// says plainly that nothing was saved and leads back to the form, where the next tap works.
/// </summary>
public sealed class ExpiredFormJourney(SpasmCoachApp app)
{
    [Fact]
    public async Task CrampNow_AfterTheFormCookieWent_SaysNotSaved_AndTheFormWorksAgain()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);
        var range = $"from={DiarySeed.Format(DiarySeed.Today.PlusDays(-1))}&to={DiarySeed.Format(DiarySeed.Today.PlusDays(1))}";
        await page.GotoAsync("/cramp-now");

        await context.ClearCookiesAsync(new() { Name = "spasmcoach.af" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Start: it is happening now" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not saved" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("nothing in it was saved");
        Assert.Equal(0, await ApiCount.OfAsync(page, $"/api/episodes?{range}"));
        Axe.AssertNone(await Axe.ViolationsAsync(page, "form expired"));
        await Screenshots.SaveAsync(page, "form-expired");

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the page again" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start: it is happening now" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramp in progress" })).ToBeVisibleAsync();
        Assert.Equal(1, await ApiCount.OfAsync(page, $"/api/episodes?{range}"));
    }
}

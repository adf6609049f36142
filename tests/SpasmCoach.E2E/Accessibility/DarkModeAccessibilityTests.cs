using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Accessibility;

/// <summary>axe-core (WCAG 2.1 A/AA) in the dark theme on the pages used at night: the cramp pages and Today.</summary>
public sealed class DarkModeAccessibilityTests(SpasmCoachApp app)
{
    [Fact]
    public async Task NightPagesAndTodayInDarkMode_HaveNoWcagViolations()
    {
        await using var context = await app.NewContextAsync(ColorScheme.Dark);
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);
        var finished = await DiarySeed.AddCrampAsync(page, DiarySeed.Today);
        await DiarySeed.AddDrinkAsync(page, DiarySeed.Today, 300);
        await page.GotoAsync("/cramp-now");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start: it is happening now" }).ClickAsync();
        await page.WaitForURLAsync("**/episodes/*?started=true");
        var ongoing = new Uri(page.Url).AbsolutePath;
        var violations = new List<string>();

        foreach (var path in new[] { "/", "/cramp-now", "/cramp-now?error=true", $"{ongoing}?started=true", $"/episodes/{finished}", "/episodes/new" })
        {
            await page.GotoAsync(path);
            violations.AddRange(await Axe.ViolationsAsync(page, "dark"));
        }

        Axe.AssertNone(violations);
    }
}

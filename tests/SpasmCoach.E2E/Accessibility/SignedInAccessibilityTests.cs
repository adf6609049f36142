using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Accessibility;

/// <summary>axe-core (WCAG 2.1 A/AA) on every signed-in page of ours (not /scalar), with data.</summary>
public sealed class SignedInAccessibilityTests(SpasmCoachApp app)
{
    [Fact]
    public async Task SignedInPagesWithData_HaveNoWcagViolations()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var pages = await SignedInPagesAsync(page);
        var violations = new List<string>();

        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            violations.AddRange(await Axe.ViolationsAsync(page, "signed in"));
        }

        // History with its chart drawn and its table open.
        await page.GotoAsync("/history?days=30");
        await page.WaitForFunctionAsync("() => window.Chart?.getChart(document.getElementById('drinks-chart'))");
        await page.GetByText("The numbers as a table", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        violations.AddRange(await Axe.ViolationsAsync(page, "history, table open"));

        Axe.AssertNone(violations);
    }

    /// <summary>Makes an account with a profile, an ongoing and a finished cramp, drinks, a check-in and 12 days of
    /// history, and returns every signed-in page to check.</summary>
    private static async Task<IReadOnlyList<string>> SignedInPagesAsync(IPage page)
    {
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);
        await DiarySeed.AddPastDaysAsync(page, 12);
        var yesterday = DiarySeed.Format(DiarySeed.Today.PlusDays(-1));
        var finished = await DiarySeed.AddCrampAsync(page, DiarySeed.Today.PlusDays(-1));

        await page.GotoAsync("/cramp-now");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start: it is happening now" }).ClickAsync();
        await page.WaitForURLAsync("**/episodes/*?started=true");
        var ongoing = new Uri(page.Url).AbsolutePath;

        await page.GotoAsync("/drinks");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Mug 300 ml" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Drink added.");
        var drinkAdded = new Uri(page.Url).PathAndQuery;

        await page.GotoAsync($"/checkin/{yesterday}");
        await page.GetByLabel("Hours of sleep").FillAsync("6.5");
        await page.GetByLabel("Knee pain").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
        await page.WaitForURLAsync($"**/diary/{yesterday}?updated=checkin");

        // Each route once, in the state that shows the most (notices, filled lists, an ongoing cramp).
        return
        [
            "/", "/profile?welcome=true", "/cramp-now", $"{ongoing}?started=true", $"/episodes/{finished}", "/episodes/new",
            $"/episodes/{Guid.NewGuid()}", drinkAdded, $"/drinks/{yesterday}", "/checkin", $"/checkin/{yesterday}?saved=true",
            "/diary", $"/diary/{yesterday}?updated=checkin", "/history?days=90", "/not-found",
        ];
    }
}

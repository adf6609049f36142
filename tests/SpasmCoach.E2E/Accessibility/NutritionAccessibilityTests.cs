using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Accessibility;

/// <summary>axe-core (WCAG 2.1 A/AA) on every nutrition page: with data, with results, with errors, with charts drawn.</summary>
public sealed class NutritionAccessibilityTests(SpasmCoachApp app)
{
    [Fact]
    public async Task NutritionPages_HaveNoWcagViolations()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);
        var violations = new List<string>();

        // A food logged from its page, so the day shows entries, totals, suggestions and the undo notice.
        await page.GotoAsync("/food/add/09040");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log this food" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Food logged.");
        violations.AddRange(await Axe.ViolationsAsync(page, "food day with an entry"));

        // The type-ahead open.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Find a food" }).PressSequentiallyAsync("milk", new() { Delay = 30 });
        await Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        violations.AddRange(await Axe.ViolationsAsync(page, "food type-ahead open"));

        // An own supplement above the magnesium limit: the warning comes first on the page.
        await page.GotoAsync("/food/own");
        await page.GetByLabel("Name").FillAsync("Magnesium citrate");
        await page.GetByLabel("Magnesium (mg)").FillAsync("400");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("upper limit");
        violations.AddRange(await Axe.ViolationsAsync(page, "food day with a supplement warning"));

        // Validation errors on both food forms.
        await page.GotoAsync("/food/add/09040");
        await page.GetByLabel("How many").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log this food" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        violations.AddRange(await Axe.ViolationsAsync(page, "add food with an error"));

        await page.GotoAsync("/food/own");
        await page.GetByLabel("Name").FillAsync("Bad");
        await page.GetByLabel("Calcium (mg)").FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        violations.AddRange(await Axe.ViolationsAsync(page, "own food with an error"));

        foreach (var path in new[] { "/food?q=banana", "/food?q=zzzzqq", $"/food/day/{DiarySeed.Format(DiarySeed.Today.PlusDays(-1))}", "/food/add/99999" })
        {
            await page.GotoAsync(path);
            violations.AddRange(await Axe.ViolationsAsync(page, path));
        }

        foreach (var days in new[] { 7, 30 })
        {
            await page.GotoAsync($"/food/trends?days={days}");
            await page.WaitForFunctionAsync("() => window.Chart?.getChart(document.getElementById('trend-potassium'))");
            await page.GetByText("The numbers as a table", new() { Exact = true }).ClickAsync();
            violations.AddRange(await Axe.ViolationsAsync(page, $"food trends {days} days, table open"));
        }

        Axe.AssertNone(violations);
    }
}

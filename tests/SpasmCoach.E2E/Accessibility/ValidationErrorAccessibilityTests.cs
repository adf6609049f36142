using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Accessibility;

/// <summary>axe-core (WCAG 2.1 A/AA) on the forms while they show validation errors.</summary>
public sealed class ValidationErrorAccessibilityTests(SpasmCoachApp app)
{
    [Fact]
    public async Task FormsShowingValidationErrors_HaveNoWcagViolations()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page);
        var violations = new List<string>();

        await page.GetByLabel("Weight (kg)").FillAsync("heavy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Weight: Must be a number.");
        // The field itself carries its error for a screen reader; its help stays with it.
        await Expect(page.GetByLabel("Weight (kg)")).ToHaveAccessibleDescriptionAsync("Must be a number.");
        await Expect(page.GetByLabel("Time zone")).ToHaveAccessibleDescriptionAsync("Times you log are read in this zone.");
        violations.AddRange(await Axe.ViolationsAsync(page, "profile errors"));
        await Screenshots.SaveAsync(page, "errors-profile");

        await page.GotoAsync("/episodes/new");
        await page.GetByLabel("Minutes", new() { Exact = true }).FillAsync("a while");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save cramp" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("How long");
        await Expect(page.GetByLabel("Minutes", new() { Exact = true })).ToHaveAccessibleDescriptionAsync("Minutes must be a number.");
        violations.AddRange(await Axe.ViolationsAsync(page, "log a cramp errors"));
        await Screenshots.SaveAsync(page, "errors-log-cramp");

        await page.GotoAsync("/drinks");
        await page.GetByText("Another amount or time").ClickAsync();
        await page.GetByLabel("Amount (ml)").FillAsync("99999");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add drink" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Amount");
        // The form sits low on the page: the list of mistakes takes the focus, and with it the view.
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator(".error-summary")).ToBeInViewportAsync();
        violations.AddRange(await Axe.ViolationsAsync(page, "drink errors"));
        await Screenshots.SaveAsync(page, "errors-drink");

        await page.GotoAsync("/checkin");
        await page.GetByLabel("Hours of sleep").FillAsync("lots");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Sleep");
        violations.AddRange(await Axe.ViolationsAsync(page, "check-in errors"));

        await page.GotoAsync("/cramp-now?error=true");
        violations.AddRange(await Axe.ViolationsAsync(page, "cramp now error"));

        Axe.AssertNone(violations);
    }
}

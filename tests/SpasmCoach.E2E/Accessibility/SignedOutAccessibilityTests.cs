using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Accessibility;

/// <summary>axe-core (WCAG 2.1 A/AA) on every page a signed-out visitor sees, errors included.</summary>
public sealed class SignedOutAccessibilityTests(SpasmCoachApp app)
{
    [Fact]
    public async Task SignedOutPages_HaveNoWcagViolations()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();

        foreach (var path in new[] { "/", "/account/register", "/account/login", "/not-found", "/no-such-page" })
        {
            await page.GotoAsync(path);
            violations.AddRange(await Axe.ViolationsAsync(page, "signed out"));
        }

        // The sign-in error.
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync(Accounts.NewEmail());
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do not match an account");
        violations.AddRange(await Axe.ViolationsAsync(page, "sign-in error"));

        // The registration errors, past the browser's own checks.
        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-mail").FillAsync("someone@example.test");
        await page.GetByLabel("Password").FillAsync("short");
        await page.Locator("form").EvaluateAsync("form => form.noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Password: Must be at least 10 characters long.");
        await Expect(page.GetByLabel("Password")).ToHaveAccessibleDescriptionAsync("Must be at least 10 characters long.");
        violations.AddRange(await Axe.ViolationsAsync(page, "registration error"));

        Axe.AssertNone(violations);
    }
}

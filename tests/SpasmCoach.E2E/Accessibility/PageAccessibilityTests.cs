using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Accessibility;

/// <summary>axe-core on every page of ours (not /scalar), signed out and signed in, with data, with errors, and dark.</summary>
public sealed class PageAccessibilityTests(SpasmCoachApp app)
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
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Passwords must be at least 10 characters");
        violations.AddRange(await Axe.ViolationsAsync(page, "registration error"));

        Axe.AssertNone(violations);
    }

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
        await page.GetByText("The numbers as a table").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        violations.AddRange(await Axe.ViolationsAsync(page, "history, table open"));

        Axe.AssertNone(violations);
    }

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
        violations.AddRange(await Axe.ViolationsAsync(page, "profile errors"));

        await page.GotoAsync("/episodes/new");
        await page.GetByLabel("Minutes", new() { Exact = true }).FillAsync("a while");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save cramp" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        violations.AddRange(await Axe.ViolationsAsync(page, "log a cramp errors"));

        await page.GotoAsync("/drinks");
        await page.GetByText("Another amount or time").ClickAsync();
        await page.GetByLabel("Amount (ml)").FillAsync("99999");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add drink" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Amount");
        violations.AddRange(await Axe.ViolationsAsync(page, "drink errors"));

        await page.GotoAsync("/checkin");
        await page.GetByLabel("Hours of sleep").FillAsync("lots");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Sleep");
        violations.AddRange(await Axe.ViolationsAsync(page, "check-in errors"));

        await page.GotoAsync("/cramp-now?error=true");
        violations.AddRange(await Axe.ViolationsAsync(page, "cramp now error"));

        Axe.AssertNone(violations);
    }

    [Fact]
    public async Task NightPagesAndTodayInDarkMode_HaveNoWcagViolations()
    {
        await using var context = await app.NewContextAsync(ColorScheme.Dark);
        var page = await context.NewPageAsync();
        var pages = await SignedInPagesAsync(page);
        var violations = new List<string>();

        foreach (var path in pages.Where(p => p == "/" || p.StartsWith("/cramp-now", StringComparison.Ordinal) || p.StartsWith("/episodes/", StringComparison.Ordinal)))
        {
            await page.GotoAsync(path);
            violations.AddRange(await Axe.ViolationsAsync(page, "dark"));
        }

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

        return
        [
            "/", "/?deleted=drink", "/profile", "/profile?welcome=true", "/profile?saved=true",
            "/cramp-now", $"{ongoing}?started=true", ongoing, $"/episodes/{finished}", "/episodes/new", $"/episodes/{Guid.NewGuid()}",
            drinkAdded, $"/drinks/{yesterday}", "/checkin", $"/checkin/{yesterday}?saved=true",
            "/diary", $"/diary/{yesterday}?updated=checkin", $"/diary/{yesterday}?deleted=episode",
            "/history", "/history?days=90", "/not-found",
        ];
    }
}

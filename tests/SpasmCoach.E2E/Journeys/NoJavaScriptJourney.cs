using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Journeys;

/// <summary>Logging a cramp must work with JavaScript off (architecture §3): plain forms all the way.</summary>
public sealed partial class NoJavaScriptJourney(SpasmCoachApp app)
{
    [Fact]
    public async Task WithoutJavaScript_SignInCrampNowAndFinishWithTheForm_CrampIsInTheDiary()
    {
        await using var context = await app.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        var email = await Accounts.RegisterAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();

        // Signed out, "Cramp now" leads through sign-in and back.
        await page.GotoAsync("/cramp-now");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramp now", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "Hamstrings (back of thigh)" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Both" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start: it is happening now" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramp in progress" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Both hamstrings, started")).ToBeVisibleAsync();

        await page.GetByLabel("Minutes", new() { Exact = true }).FillAsync("2");
        await page.GetByLabel("Seconds", new() { Exact = true }).FillAsync("15");
        await page.GetByRole(AriaRole.Group, new() { Name = "How bad was it?" }).GetByRole(AriaRole.Radio, new() { Name = "5", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "What did you try?" }).GetByRole(AriaRole.Checkbox, new() { Name = "Massage" }).CheckAsync();
        await page.GetByLabel("Notes").FillAsync("Woke me up.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Diary", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramps (1)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = CrampLine() })).ToBeVisibleAsync();

        // History without JavaScript: no empty chart boxes, a note that says where the numbers are, and the table.
        await page.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
        await Expect(page.GetByText("1 cramp in the last 30 diary days, on 1 of them.")).ToBeVisibleAsync();
        var note = page.GetByText("The charts need JavaScript, which is off in this browser.");
        await Expect(note).ToBeVisibleAsync();
        await Expect(note).ToContainTextAsync("open \"The numbers as a table\"");
        await Expect(page.Locator("canvas").First).ToBeHiddenAsync();
        await page.GetByText("The numbers as a table", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("1");
        await Screenshots.SaveAsync(page, "history-without-javascript");
    }

    [GeneratedRegex(@"^\d\d:\d\d( on \w+ \d+ \w+)? · both hamstrings · 2 min 15 s · severity 5\/10$")]
    private static partial Regex CrampLine();
}

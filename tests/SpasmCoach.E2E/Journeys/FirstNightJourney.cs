using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Journeys;

/// <summary>A new user's first night, on a phone, only through what they see and tap.</summary>
public sealed partial class FirstNightJourney(SpasmCoachApp app)
{
    [Fact]
    public async Task FirstNight_RegisterSetProfileLogCrampAndDrink_TodayShowsBoth()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(Accounts.NewEmail());
        await page.GetByLabel("Password").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your profile" })).ToBeVisibleAsync();
        // js/timezone.js sent the phone's zone with the registration.
        await Expect(page.GetByLabel("Time zone")).ToHaveValueAsync(Phone.TimeZone);

        await page.GetByLabel("Time zone").SelectOptionAsync(Phone.TimeZone);
        await page.GetByLabel("Birth date").FillAsync("1961-03-14");
        await page.GetByLabel("Sex").SelectOptionAsync(new SelectOptionValue { Label = "Female" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Profile saved.");
        // The page shown after saving is read back from the database: it must show what was chosen.
        await Expect(page.GetByLabel("Sex")).ToHaveValueAsync("female");
        await Expect(page.GetByLabel("Birth date")).ToHaveValueAsync("1961-03-14");
        await Expect(page.GetByText("Leave empty to use 2.2 L")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Cramp now" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramp now", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Calf" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Right" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start: it is happening now" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramp in progress" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Started. Saved at");
        await Expect(page.GetByText("Right calf, started")).ToBeVisibleAsync();
        await Expect(page.GetByText("Stretch the calf gently and hold")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "It has stopped" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramp", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "It has stopped" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Group, new() { Name = "How bad was it?" }).GetByRole(AriaRole.Radio, new() { Name = "7", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Asleep or lying down" }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "What did you try?" }).GetByRole(AriaRole.Checkbox, new() { Name = "Stretching" }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Which one helped?" }).GetByRole(AriaRole.Radio, new() { Name = "Stretching" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramps (1)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = CrampLine() })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Drinks", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Drinks today" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Glass 250 ml" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Drink added.");
        await Expect(page.GetByText("250 ml of 2.2 L goal")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "SpasmCoach" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Today") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramps today: 1" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = CrampLine() })).ToBeVisibleAsync();
        await Expect(page.GetByText("250 ml of 2.2 L goal")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Drinks against your goal" })).ToHaveAttributeAsync("value", "250");
        await Expect(page.GetByText("Finish it")).ToHaveCountAsync(0);

        watch.AssertNoErrors();
        watch.AssertOnlyRequestsTo(app.BaseUrl);
        Assert.Contains(watch.Requests, url => url.EndsWith("/js/timezone.js", StringComparison.Ordinal));
    }

    // "02:14 · right calf · 6 s · severity 7/10"; after midnight the link is read with its date, "02:14 on Saturday 21 November · ..."
    [GeneratedRegex(@"^\d\d:\d\d( on \w+ \d+ \w+)? · right calf · \d+ (s|min \d\d s) · severity 7\/10$")]
    private static partial Regex CrampLine();
}

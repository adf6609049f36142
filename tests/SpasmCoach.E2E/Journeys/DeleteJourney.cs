using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpasmCoach.E2E.Accessibility;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Journeys;

/// <summary>
/// A delete cannot be undone, so "Delete" asks first: a stray tap on it changes nothing, and "Yes, delete" deletes.
/// </summary>
public sealed class DeleteJourney(SpasmCoachApp app)
{
    [Fact]
    public async Task Delete_AsksFirst_AndOnlyYesDeletes()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);
        var range = $"from={DiarySeed.Format(DiarySeed.Today.PlusDays(-1))}&to={DiarySeed.Format(DiarySeed.Today.PlusDays(1))}";

        await page.GotoAsync("/drinks");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Glass 250 ml" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Drink added.");

        var yes = page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" });
        await Expect(yes).ToBeHiddenAsync();
        await page.GetByText("Delete", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByText(new Regex(@"^Delete Water at \d\d:\d\d( on \w+ \d+ \w+)?\? This cannot be undone\.$"))).ToBeVisibleAsync();
        Assert.Equal(1, await ApiCount.OfAsync(page, $"/api/drinks?{range}"));
        Axe.AssertNone(await Axe.ViolationsAsync(page, "drinks with a delete question open"));
        await Screenshots.SaveAsync(page, "delete-drink-question");

        await yes.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Deleted.");
        Assert.Equal(0, await ApiCount.OfAsync(page, $"/api/drinks?{range}"));

        await page.GotoAsync("/cramp-now");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start: it is happening now" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramp in progress" })).ToBeVisibleAsync();
        await page.GetByText("Delete this cramp", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByText("Delete this cramp? This cannot be undone.")).ToBeVisibleAsync();
        Assert.Equal(1, await ApiCount.OfAsync(page, $"/api/episodes?{range}"));
        Axe.AssertNone(await Axe.ViolationsAsync(page, "cramp in progress with the delete question open"));
        await Screenshots.SaveAsync(page, "delete-cramp-question");

        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Deleted.");
        Assert.Equal(0, await ApiCount.OfAsync(page, $"/api/episodes?{range}"));
    }

    [Fact]
    public async Task DeleteAccount_FromTheProfile_WithThePassword_LeavesNothingToSignInTo()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var email = await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);
        await page.GotoAsync("/cramp-now");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start: it is happening now" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramp in progress" })).ToBeVisibleAsync();

        await page.GotoAsync("/profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete your account and diary" }).ClickAsync();
        await Expect(page.GetByText("1 cramp, no drinks, no check-ins, no foods logged and no own foods or supplements")).ToBeVisibleAsync();
        await page.GetByLabel("Your password, to confirm it is you").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and diary" }).ClickAsync();
        await Expect(page.GetByLabel("Your password, to confirm it is you")).ToHaveAccessibleDescriptionAsync("That is not this account's password. Nothing was deleted.");
        Axe.AssertNone(await Axe.ViolationsAsync(page, "delete account with a wrong password"));
        await Screenshots.SaveAsync(page, "delete-account-wrong-password");

        await page.GetByLabel("Your password, to confirm it is you").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and diary" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Account deleted" })).ToBeVisibleAsync();
        Axe.AssertNone(await Axe.ViolationsAsync(page, "account deleted"));

        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do not match an account");
    }
}

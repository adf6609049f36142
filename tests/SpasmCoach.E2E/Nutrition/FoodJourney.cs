using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Nutrition;

/// <summary>Finding a food as you type and logging a portion, on a phone; the day's potassium rises.</summary>
public sealed partial class FoodJourney(SpasmCoachApp app)
{
    /// <summary>
    /// The answer for the last letter typed can land after the person has arrowed to a food (it did in CI): the food
    /// stays chosen, and Enter opens it rather than sending the plain search.
    /// </summary>
    [Fact]
    public async Task TypeAhead_ResultsLandingAfterArrowDown_KeepTheChosenFood()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page);
        await page.GotoAsync("/food");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Find a food" });
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Matching foods" }).GetByRole(AriaRole.Option);
        await box.PressSequentiallyAsync("banan", new() { Delay = 40 });
        await Expect(options.First).ToHaveTextAsync("Bananas, raw");

        var late = new TaskCompletionSource();
        await page.RouteAsync("**/api/foods/search?q=banana&*", async route =>
        {
            await Task.Delay(600, TestContext.Current.CancellationToken);
            await route.ContinueAsync();
            late.TrySetResult();
        });
        await box.PressAsync("a");
        await page.WaitForTimeoutAsync(200); // past the type-ahead's pause: the search for "banana" is on its way
        await box.PressAsync("ArrowDown");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", "food-option-0");
        await late.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await page.WaitForTimeoutAsync(200); // the late answer has replaced the list
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", "food-option-0");
        await box.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bananas, raw" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SearchBananaLogOneMedium_PotassiumRisesOnTheDay()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Food", Exact = true }).ClickAsync();
        var potassium = page.Locator(".mineral-totals li", new() { HasText = "Potassium" });
        await Expect(potassium).ToContainTextAsync("nothing logged");
        await Expect(potassium).ToContainTextAsync("AI 2,600 mg");

        // The type-ahead: an ARIA combobox that opens a listbox of matches.
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Find a food" });
        await box.PressSequentiallyAsync("banana", new() { Delay = 40 });
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Matching foods" }).GetByRole(AriaRole.Option);
        await Expect(options.First).ToHaveTextAsync("Bananas, raw");
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await box.PressAsync("ArrowDown");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", "food-option-0");
        await box.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bananas, raw" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { NameRegex = MediumBanana() })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log this food" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Food logged.");
        // 358 mg per 100 g × 118 g ÷ 100 = 422 mg.
        await Expect(potassium).ToContainTextAsync("422 mg");
        await Expect(page.GetByText("Bananas, raw · 1 medium")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bananas, raw" }).First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "food-day-after-banana");

        watch.AssertOnlyRequestsTo(app.BaseUrl);
        watch.AssertNoErrors();
    }

    /// <summary>
    /// A weight typed while "A portion" was still chosen was once dropped for 1 medium banana: typing it chooses "A
    /// weight", and picking a portion or typing how many chooses "A portion" again.
    /// </summary>
    [Fact]
    public async Task TypingAWeight_ChoosesAWeight_AndThatIsWhatIsLogged()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);
        await page.GotoAsync("/food/add/09040");
        var portion = page.GetByRole(AriaRole.Radio, new() { Name = "A portion" });
        var weight = page.GetByRole(AriaRole.Radio, new() { Name = "A weight" });
        await Expect(portion).ToBeCheckedAsync();

        await page.GetByLabel("Weight (g)").FillAsync("85");
        await Expect(weight).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "1 cup, sliced" }).CheckAsync();
        await Expect(portion).ToBeCheckedAsync();
        await page.GetByLabel("Weight (g)").FillAsync("90");
        await Expect(weight).ToBeCheckedAsync();
        await page.GetByLabel("How many").FillAsync("2");
        await Expect(portion).ToBeCheckedAsync();
        await page.GetByLabel("Weight (g)").FillAsync("95");
        await Expect(weight).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log this food" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Food logged.");
        await Expect(page.GetByText("Bananas, raw · 95 g")).ToBeVisibleAsync();
        watch.AssertNoErrors();
    }

    [Fact]
    public async Task WithoutJavaScript_SearchIsAPlainFormAndLogging_Works()
    {
        await using var context = await app.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page);

        await page.GotoAsync("/food");
        await page.GetByLabel("Find a food").FillAsync("spinich");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Spinach, raw", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log this food" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Food logged.");
        await Expect(page.GetByText("Spinach, raw · 1 cup")).ToBeVisibleAsync();
    }

    [GeneratedRegex("^1 medium")]
    private static partial Regex MediumBanana();
}

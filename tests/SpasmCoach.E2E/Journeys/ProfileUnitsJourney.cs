using System.Text.Json;
using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Journeys;

/// <summary>
/// Choosing US units on the profile relabels and converts the weight and fluid boxes at once, so a number typed after
/// the switch is read in the units its label says (a walkthrough typed 165 under "Weight (kg)" meaning pounds).
/// </summary>
public sealed class ProfileUnitsJourney(SpasmCoachApp app)
{
    [Fact]
    public async Task SwitchingToUsUnits_ConvertsAndRelabelsTheBoxesAtOnce()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);
        await page.GotoAsync("/profile");
        await page.GetByLabel("Weight (kg)").FillAsync("70");
        await page.GetByLabel("My clinician limits my fluids").CheckAsync();
        await page.GetByLabel("My fluid limit per day (ml)").FillAsync("1500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByText("Profile saved.")).ToBeVisibleAsync();
        await Expect(page.GetByText("stay in kg and ml until you save")).ToBeHiddenAsync(); // said only without JavaScript

        await page.GetByLabel("US (fl oz, cups, lb)").CheckAsync();

        await Expect(page.GetByLabel("Weight (lb)")).ToHaveValueAsync("154.3");
        await Expect(page.GetByLabel("My fluid limit per day (fl oz)")).ToHaveValueAsync("50.7");
        await Screenshots.SaveAsync(page, "profile-units-switched");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByText("Profile saved.")).ToBeVisibleAsync();
        var kept = await ProfileAsync(page);
        Assert.Equal("us", kept.GetProperty("units").GetString());
        Assert.Equal(70, kept.GetProperty("weightKg").GetDouble(), 9); // the converted numbers sent back keep the stored values
        Assert.Equal(1500, kept.GetProperty("fluidLimitMl").GetDouble());

        // Back to metric, then a number typed after the switch is read in kg, as labelled.
        await page.GetByLabel("Metric (ml, kg)").CheckAsync();
        await Expect(page.GetByLabel("Weight (kg)")).ToHaveValueAsync("70");
        await Expect(page.GetByLabel("My fluid limit per day (ml)")).ToHaveValueAsync("1500");
        await page.GetByLabel("Weight (kg)").FillAsync("72.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByText("Profile saved.")).ToBeVisibleAsync();
        Assert.Equal(72.5, (await ProfileAsync(page)).GetProperty("weightKg").GetDouble(), 9);
        watch.AssertNoErrors();
    }

    private static async Task<JsonElement> ProfileAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/profile");
        Assert.True(response.Ok, $"GET /api/profile: {response.Status}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }
}

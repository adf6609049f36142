using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;

namespace SpasmCoach.E2E.Nutrition;

/// <summary>Week to Month on the food trends is an enhanced navigation: every chart must be drawn again, not left blank.</summary>
public sealed class NutritionTrendsChartTests(SpasmCoachApp app)
{
    private const string AllDrawnFor = """
        days => ['calcium', 'magnesium', 'potassium', 'sodium']
            .every(m => window.Chart?.getChart(document.getElementById('trend-' + m))?.data.labels.length === days)
        """;

    [Fact]
    public async Task WeekThenMonth_RedrawsEveryChart()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);

        await page.GotoAsync("/food/trends?days=7");
        await page.WaitForFunctionAsync(AllDrawnFor, 7);
        await page.GetByRole(AriaRole.Link, new() { Name = "Month" }).ClickAsync();
        await page.WaitForFunctionAsync(AllDrawnFor, 30);
    }
}

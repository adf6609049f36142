namespace SpasmCoach.Web.Tests.Features.Nutrition;

public sealed class NutritionTrendsPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    /// <summary>Each chart's caption is its title, above it: under the chart, "Calcium" read as the magnesium chart's title.</summary>
    [Fact]
    public async Task Charts_EachCaptionComesBeforeItsChart()
    {
        var client = await app.CreatePageClientAsync();

        var html = await client.GetStringAsync("/food/trends", TestContext.Current.CancellationToken);

        Assert.Equal([.. new[] { "Calcium", "Magnesium", "Potassium", "Sodium" }.Select(m => ((string?)$"{m} (mg per day)", $"trend-{m.ToLowerInvariant()}"))], HtmlPages.ChartFigures(html));
    }
}

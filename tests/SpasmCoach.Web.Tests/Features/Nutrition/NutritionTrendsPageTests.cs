using System.Text.RegularExpressions;

namespace SpasmCoach.Web.Tests.Features.Nutrition;

public sealed class NutritionTrendsPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    /// <summary>Each chart's caption is its title, above it: under the chart, "Calcium" read as the magnesium chart's title.</summary>
    [Fact]
    public async Task Charts_EachCaptionComesBeforeItsChart()
    {
        var client = await app.CreatePageClientAsync();

        var html = await client.GetStringAsync("/food/trends", TestContext.Current.CancellationToken);

        var figures = Regex.Matches(html, "<figure>(.*?)</figure>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, figures.Count);
        foreach (var (figure, mineral) in figures.Zip(["Calcium", "Magnesium", "Potassium", "Sodium"]))
        {
            Assert.Matches(new Regex($"^\\s*<figcaption>{mineral} \\(mg per day\\)</figcaption>\\s*<div class=\"chart-box\"><canvas id=\"trend-{mineral.ToLowerInvariant()}\""), figure);
        }
    }
}

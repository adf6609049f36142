using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.History;

/// <summary>The history charts are drawn by js/history-chart.js with the locally served chart.js.</summary>
public sealed class HistoryChartTests(SpasmCoachApp app)
{
    private const string ChartState = """
        id => {
            const canvas = document.getElementById(id);
            const chart = window.Chart?.getChart(canvas);
            if (!chart) return null;
            // Some pixel is not transparent: the chart really painted.
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = false;
            for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { painted = true; break; } }
            return { width: canvas.clientWidth, height: canvas.clientHeight, days: chart.data.labels.length,
                     points: chart.data.datasets[0].data.filter(v => v !== null && v !== 0).length, painted,
                     // chart.js draws the sorted datasets last to first, so the first is on top.
                     onTop: chart.getSortedVisibleDatasetMetas()[0].type };
        }
        """;

    [Fact]
    public async Task HistoryWithData_DrawsBothChartsWithoutConsoleErrors()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);
        await DiarySeed.AddPastDaysAsync(page, 12);

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History" })).ToBeVisibleAsync();
        await Expect(page.GetByText("8 cramps in the last 30 diary days, on 8 of them.")).ToBeVisibleAsync();
        await AssertChartAsync(page, "cramps-chart", days: 30, points: 8);
        await AssertChartAsync(page, "drinks-chart", days: 30, points: 12);

        // The 90-day link is an enhanced navigation: the module must redraw for the new period.
        await page.GetByRole(AriaRole.Link, new() { Name = "90 days" }).ClickAsync();
        await Expect(page.GetByText("8 cramps in the last 90 diary days")).ToBeVisibleAsync();
        await AssertChartAsync(page, "cramps-chart", days: 90, points: 8);
        await AssertChartAsync(page, "drinks-chart", days: 90, points: 12);

        watch.AssertNoErrors();
        watch.AssertOnlyRequestsTo(app.BaseUrl);
        Assert.Contains(watch.Requests, url => url.EndsWith("/lib/chart.js/chart.umd.min.js", StringComparison.Ordinal));
    }

    private static async Task AssertChartAsync(IPage page, string id, int days, int points)
    {
        ChartInfo? info = null;
        // The module loads chart.js on demand; give it the time a slow phone would.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            info = await page.EvaluateAsync<ChartInfo?>(ChartState, id);
            if (info is not null && info.Days == days)
            {
                break;
            }
            await page.WaitForTimeoutAsync(100);
        }
        Assert.NotNull(info);
        Assert.Equal(days, info.Days);
        Assert.Equal(points, info.Points);
        Assert.True(info.Width > 300 && info.Height > 200, $"{id} is {info.Width}x{info.Height} px");
        Assert.True(info.Painted, $"{id} has no painted pixel");
        // The severity points and the goal line would hide behind the bars otherwise.
        Assert.Equal("line", info.OnTop);
    }

    private sealed class ChartInfo
    {
        public double Width { get; set; }
        public double Height { get; set; }
        public int Days { get; set; }
        public int Points { get; set; }
        public bool Painted { get; set; }
        public string? OnTop { get; set; }
    }
}

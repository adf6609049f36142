using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SpasmCoach.Web.Features.Nutrition;

namespace SpasmCoach.Web.Tests.Features.Nutrition;

/// <summary>The USDA table (about 8 MB in memory) loads on the first food use, not at start-up (decision 0005).</summary>
public sealed class FoodTableLoadingTests
{
    [Fact]
    public async Task DiaryUse_LeavesTheTableUnloaded_FoodSearchLoadsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new SpasmCoachApplication();
        var client = await app.CreatePageClientAsync();
        var table = app.Services.GetRequiredService<Lazy<FoodCatalog>>();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/episodes?from=2026-11-01&to=2026-11-20", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/drinks", ct)).StatusCode);
        Assert.False(table.IsValueCreated);

        var search = await client.GetAsync("/api/foods/search?q=banana", ct);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.True(table.IsValueCreated);
        Assert.Contains("Bananas, raw", await search.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public void StartUpCheck_FolderWithoutTheTable_StopsWithTheMissingFile()
    {
        var empty = Directory.CreateTempSubdirectory("spasmcoach-nofood-");
        try
        {
            var missing = Assert.Throws<FileNotFoundException>(() => FoodCatalog.EnsureFilesPresent(empty.FullName));
            Assert.Equal(Path.Combine(empty.FullName, "usda-sr-legacy-minerals.csv"), missing.FileName);
            FoodCatalog.EnsureFilesPresent(); // the published copy beside the app
        }
        finally
        {
            empty.Delete();
        }
    }
}

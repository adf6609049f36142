using Microsoft.Playwright;

namespace SpasmCoach.E2E.Hosting;

/// <summary>Full-page PNGs to look at, under bin/ (git-ignored), never compared by the tests.</summary>
public static class Screenshots
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}

using System.Text.Json;
using Microsoft.Playwright;

namespace SpasmCoach.E2E.Hosting;

/// <summary>What the page's session holds, read through the JSON API: the records, not what a page happens to show.</summary>
public static class ApiCount
{
    /// <summary>The length of the JSON list at <paramref name="url"/>, fetched with the page's cookie.</summary>
    public static async Task<int> OfAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);
        Assert.True(response.Ok, $"{response.Status} from {url}");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetArrayLength();
    }
}

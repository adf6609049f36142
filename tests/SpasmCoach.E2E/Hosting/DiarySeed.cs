using System.Globalization;
using Microsoft.Playwright;
using NodaTime;

namespace SpasmCoach.E2E.Hosting;

/// <summary>
/// Quick data for tests that need a filled diary, written through the app's own JSON API with the page's
/// sign-in cookie; the journeys themselves always go through the pages.
/// </summary>
public static class DiarySeed
{
    public static async Task SetProfileAsync(IPage page, string birthDate = "1961-03-14", string sex = "female")
    {
        var response = await page.APIRequest.PutAsync("/api/profile", new()
        {
            DataObject = new { timeZone = Phone.TimeZone, units = "metric", birthDate, sex, lifeStage = "none", dayStartsAt = "04:00" },
        });
        await EnsureOkAsync(response);
    }

    /// <summary>Cramps and drinks on the <paramref name="days"/> diary days before today (noon local time).</summary>
    public static async Task AddPastDaysAsync(IPage page, int days)
    {
        var today = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[Phone.TimeZone]).Date;
        for (var back = 1; back <= days; back++)
        {
            var noon = today.PlusDays(-back).At(new LocalTime(12, 0)).ToString("uuuu'-'MM'-'dd'T'HH':'mm", CultureInfo.InvariantCulture);
            if (back % 3 != 0)
            {
                await EnsureOkAsync(await page.APIRequest.PostAsync("/api/episodes", new()
                {
                    DataObject = new { startedAtLocal = noon, durationSeconds = 60 + back * 7, muscle = back % 2 == 0 ? "calf" : "hamstrings", side = "left", severity = back % 11 },
                }));
            }
            await EnsureOkAsync(await page.APIRequest.PostAsync("/api/drinks", new()
            {
                DataObject = new { atLocal = noon, volumeMl = 800 + back * 60, beverage = "water" },
            }));
        }
    }

    private static async Task EnsureOkAsync(IAPIResponse response)
    {
        if (!response.Ok)
        {
            throw new InvalidOperationException($"{response.Status} from {response.Url}: {await response.TextAsync()}");
        }
    }
}

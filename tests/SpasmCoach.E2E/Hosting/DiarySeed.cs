using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using NodaTime;

namespace SpasmCoach.E2E.Hosting;

/// <summary>
/// Quick data for tests that need a filled diary, written through the app's own JSON API with the page's
/// sign-in cookie; the journeys themselves always go through the pages.
/// </summary>
public static class DiarySeed
{
    /// <summary>Today's diary day on the phone's clock: the profile's day starts at 04:00, so at 01:00 it is still yesterday.</summary>
    public static LocalDate Today => Now.PlusHours(-4).Date;

    private static LocalDateTime Now => SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[Phone.TimeZone]).LocalDateTime;

    public static string Format(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    public static async Task SetProfileAsync(IPage page, string birthDate = "1961-03-14", string sex = "female")
    {
        await EnsureOkAsync(await page.APIRequest.PutAsync("/api/profile", new()
        {
            DataObject = new { timeZone = Phone.TimeZone, units = "metric", birthDate, sex, lifeStage = "none", dayStartsAt = "04:00" },
        }));
    }

    /// <summary>A finished cramp at noon on <paramref name="day"/> (or now, if that noon is still to come); returns its id.</summary>
    public static async Task<Guid> AddCrampAsync(IPage page, LocalDate day, int severity = 6, string muscle = "calf")
    {
        var response = await page.APIRequest.PostAsync("/api/episodes", new()
        {
            DataObject = new { startedAtLocal = NoonOrNow(day), durationSeconds = 95, muscle, side = "left", severity, activity = "asleep-or-lying" },
        });
        await EnsureOkAsync(response);
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }

    public static async Task AddDrinkAsync(IPage page, LocalDate day, double volumeMl)
    {
        await EnsureOkAsync(await page.APIRequest.PostAsync("/api/drinks", new()
        {
            DataObject = new { atLocal = NoonOrNow(day), volumeMl, beverage = "water" },
        }));
    }

    /// <summary>Cramps on two of every three, and drinks on every one, of the <paramref name="days"/> days before today.</summary>
    public static async Task AddPastDaysAsync(IPage page, int days)
    {
        for (var back = 1; back <= days; back++)
        {
            var day = Today.PlusDays(-back);
            if (back % 3 != 0)
            {
                await AddCrampAsync(page, day, severity: back % 11, muscle: back % 2 == 0 ? "calf" : "hamstrings");
            }
            await AddDrinkAsync(page, day, 800 + back * 60);
        }
    }

    // The app refuses times in the future, and the tests run at any hour. Now, to the minute, is still in today's diary day.
    private static string NoonOrNow(LocalDate day) =>
        LocalDateTime.Min(day.At(new LocalTime(12, 0)), Now).ToString("uuuu'-'MM'-'dd'T'HH':'mm", CultureInfo.InvariantCulture);

    private static async Task EnsureOkAsync(IAPIResponse response)
    {
        if (!response.Ok)
        {
            throw new InvalidOperationException($"{response.Status} from {response.Url}: {await response.TextAsync()}");
        }
    }
}

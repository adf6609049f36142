using Microsoft.Playwright;

namespace SpasmCoach.E2E.Hosting;

/// <summary>Browser contexts shaped like the phone SpasmCoach is used on at night.</summary>
public static class Phone
{
    public const int Width = 390;
    public const int Height = 844;

    /// <summary>The zone the "phone" is in; registration proposes it to the profile.</summary>
    public const string TimeZone = "Europe/Berlin";

    public static async Task<IBrowserContext> NewContextAsync(this SpasmCoachApp app, ColorScheme colorScheme = ColorScheme.Light, bool javaScript = true)
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl.ToString(),
            ViewportSize = new() { Width = Width, Height = Height },
            DeviceScaleFactor = 1,
            IsMobile = true,
            HasTouch = true,
            Locale = "en-GB",
            TimezoneId = TimeZone,
            ColorScheme = colorScheme,
            JavaScriptEnabled = javaScript,
        });
        // Fail in seconds rather than Playwright's 30 s; generous enough for two busy shared cores.
        context.SetDefaultTimeout(15_000);
        return context;
    }
}

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// What the app needs of <c>WebApplication.CreateBuilder</c>'s defaults, put back on the slim builder (which leaves
/// out IIS integration, the hosting start-up hooks and the event-source and debug log providers).
/// </summary>
/// <remarks>
/// Still left out, on purpose: HTTP/3 (QUIC), and the EventSource log provider, so <c>dotnet-trace</c> and
/// <c>dotnet-monitor</c> see no log messages (the console log is there). Add them here if a deployment needs them.
/// </remarks>
public static class HostDefaults
{
    public static WebApplicationBuilder AddHostDefaults(this WebApplicationBuilder builder)
    {
        // https:// in --urls and Kestrel:Endpoints with certificates from configuration.
        builder.WebHost.UseKestrelHttpsConfiguration();
        // The full route constraint set: USDA numbers are matched with regex(^\d{5}$).
        builder.Services.AddRouting();
        // dotnet run in Development serves wwwroot and packages' assets from where they are built.
        if (builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }
        return builder;
    }
}

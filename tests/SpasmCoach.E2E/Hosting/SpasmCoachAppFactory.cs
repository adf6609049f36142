using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SpasmCoach.Web.Tests;

namespace SpasmCoach.E2E.Hosting;

/// <summary>The real app on its own throwaway database. Settings go in as host settings, because Program.cs reads the
/// database configuration before <c>Build()</c>, where app-configuration callbacks would come too late.</summary>
public sealed class SpasmCoachAppFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:SpasmCoach", database.ConnectionString);
        // Every test registers its own account from 127.0.0.1; the sign-in limit would stop the suite, not protect it.
        builder.UseSetting("RateLimits:AuthPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}

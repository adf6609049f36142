namespace SpasmCoach.Web.Tests.Security;

/// <summary>The app with every category logging at Debug, so a leak at any level an operator might switch on shows.</summary>
public sealed class VerboseLoggingApplication : SpasmCoachApplication
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        KeyValuePair.Create("Logging:LogLevel:Default", "Debug"),
        KeyValuePair.Create("Logging:LogLevel:Microsoft.AspNetCore", "Debug"),
        KeyValuePair.Create("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Debug"),
    ];
}

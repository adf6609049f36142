namespace SpasmCoach.Web.Tests.Features.Accounts;

/// <summary>The app with a sign-in limit small enough to reach in a test.</summary>
public sealed class RateLimitedApplication : SpasmCoachApplication
{
    public const int Limit = 5;

    protected override int AuthPerMinute => Limit;
}

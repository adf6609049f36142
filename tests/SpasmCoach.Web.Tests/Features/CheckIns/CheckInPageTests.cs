namespace SpasmCoach.Web.Tests.Features.CheckIns;

public sealed class CheckInPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    /// <summary>A day that has not started has nothing to check in: the page shows today, as Drinks and Food do.</summary>
    [Fact]
    public async Task FutureDay_ShowsToday()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreatePageClientAsync();

        var future = await client.GetStringAsync("/checkin/2099-01-01", TestContext.Current.CancellationToken);
        var today = await client.GetStringAsync("/checkin", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("January", future, StringComparison.Ordinal);
        Assert.Equal(Heading(today), Heading(future));
    }

    private static string Heading(string html) => html[html.IndexOf("<h1", StringComparison.Ordinal)..html.IndexOf("</h1>", StringComparison.Ordinal)];
}

using System.Net;

namespace SpasmCoach.Web.Tests.Features.Health;

public sealed class HealthApiTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    [Fact]
    public async Task Healthz_Anonymous_Returns200Up()
    {
        var body = await (await app.CreateAnonymousClient().GetAsync("/healthz", TestContext.Current.CancellationToken)).ReadJsonAsync();

        Assert.Equal("up", body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readyz_DatabaseAnswers_Returns200Ready()
    {
        var body = await (await app.CreateAnonymousClient().GetAsync("/readyz", TestContext.Current.CancellationToken)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("ready", body["status"]!.GetValue<string>());
    }
}

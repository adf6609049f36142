using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpasmCoach.Persistence;
using SpasmCoach.Web.Infrastructure;
using SpasmCoach.Web.Tests.Security;

namespace SpasmCoach.Web.Tests.Features.Accounts;

/// <summary>
/// How the API learns that a signed-in account is gone without asking the database on every request
/// (<see cref="ExistingAccounts"/>): once per account per process, again after a minute.
/// </summary>
public sealed class ExistingAccountsTests(VerboseLoggingApplication app) : IClassFixture<VerboseLoggingApplication>
{
    [Fact]
    public async Task SignedInReads_AskTheDatabaseAboutTheAccountOnceNotOnEveryRequest()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var client = await app.CreateClientAsync();
        var beforeFirst = app.Logs.Entries.Count;
        await client.GetArrayAsync("/api/episodes");
        var beforeRest = app.Logs.Entries.Count;

        for (var i = 0; i < 5; i++)
        {
            await client.GetArrayAsync("/api/episodes");
        }

        Assert.Contains(app.Logs.Entries.Skip(beforeFirst).Take(beforeRest - beforeFirst), AsksAboutAccounts);
        Assert.DoesNotContain(app.Logs.Entries.Skip(beforeRest), AsksAboutAccounts);
    }

    /// <summary>Deleted by another process (several nodes on one PostgreSQL): noticed here within a minute, as a cookie is.</summary>
    [Fact]
    public async Task AccountDeletedByAnotherProcess_ItsTokenIsRefusedAfterAMinute()
    {
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var email = SpasmCoachApplication.NewEmail();
        var client = await app.CreateClientAsync(email);
        await client.GetArrayAsync("/api/episodes");
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            Assert.Equal(1, await db.Users.Where(u => u.Email == email).ExecuteDeleteAsync(TestContext.Current.CancellationToken));
        }

        app.Clock.Advance(ExistingAccounts.RecheckAfter);

        var problem = await (await client.GetAsync("/api/episodes", TestContext.Current.CancellationToken)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("This account no longer exists.", problem["title"]!.GetValue<string>());
    }

    private static bool AsksAboutAccounts(CapturedLog entry) =>
        entry.Category == "Microsoft.EntityFrameworkCore.Database.Command" && entry.Text.Contains("FROM \"AspNetUsers\"", StringComparison.Ordinal);
}

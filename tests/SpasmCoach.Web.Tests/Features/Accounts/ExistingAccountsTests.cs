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

    /// <summary>
    /// The check read the account just before its deletion committed, and the deletion's Forget came before the check
    /// kept its answer: that answer is not kept, so the next request asks again and finds the account gone.
    /// </summary>
    [Fact]
    public async Task AccountForgottenWhileItsCheckRuns_IsAskedAboutAgainNotCachedAsExisting()
    {
        var ct = TestContext.Current.CancellationToken;
        var email = SpasmCoachApplication.NewEmail();
        await app.CreateClientAsync(email);
        var contexts = app.Services.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>();
        string userId;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct);
        }
        ExistingAccounts accounts = null!;
        var racing = new ContextsThatRunFirst(contexts) { BeforeEach = () => accounts.Forget(userId) };
        accounts = new ExistingAccounts(racing, app.Clock);

        Assert.True(await accounts.ExistsAsync(userId, ct)); // read before the deletion: still there
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct);
        }
        racing.BeforeEach = null;

        Assert.False(await accounts.ExistsAsync(userId, ct));
    }

    /// <summary>A context factory that runs an action as each context is made, to put something in between.</summary>
    private sealed class ContextsThatRunFirst(IDbContextFactory<SpasmCoachDbContext> contexts) : IDbContextFactory<SpasmCoachDbContext>
    {
        public Action? BeforeEach { get; set; }

        public SpasmCoachDbContext CreateDbContext()
        {
            BeforeEach?.Invoke();
            return contexts.CreateDbContext();
        }
    }

    private static bool AsksAboutAccounts(CapturedLog entry) =>
        entry.Category == "Microsoft.EntityFrameworkCore.Database.Command" && entry.Text.Contains("FROM \"AspNetUsers\"", StringComparison.Ordinal);
}

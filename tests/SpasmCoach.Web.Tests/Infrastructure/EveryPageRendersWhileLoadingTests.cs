using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SpasmCoach.Persistence;
using SpasmCoach.Persistence.Providers;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// Static rendering renders a page as soon as its loading awaits something not yet complete. Which query that is
/// depends on the database and on chance: on PostgreSQL a query whose answer is already in the socket's buffer
/// completes at once. So every page is opened once for each of its queries, with exactly that query made to wait: a
/// page must render (200, its heading) from whatever it had loaded before that query. The edit-cramp page failed this
/// when its cramp had loaded and its form had not (an EditForm without a model throws), and CI saw it on PostgreSQL.
/// </summary>
public sealed class EveryPageRendersWhileLoadingTests(QueryWaitingApplication app) : IClassFixture<QueryWaitingApplication>
{
    [Fact]
    public async Task EveryPage_WhileEachOfItsQueriesWaits_Renders()
    {
        var ct = TestContext.Current.CancellationToken;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
        var email = SpasmCoachApplication.NewEmail();
        var client = await app.CreatePageClientAsync(email);
        var pages = await EveryPageRendersTests.PagesOfADiaryAsync(app, client);
        string ownerId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>().CreateDbContextAsync(ct))
        {
            ownerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct);
        }

        var failures = new List<string>();
        var queriesSeen = 0;
        foreach (var (_, url) in pages)
        {
            // With what the app keeps between requests (the account's existence, the diary calendar) kept, then
            // forgotten: the page's queries differ, and so do the points where it can be rendered half-loaded.
            foreach (var cold in new[] { false, true })
            {
                ForgetCachesIf(cold, ownerId);
                app.Queries.WaitAt(0);
                Assert.Null(await EveryPageRendersTests.FailureAsync(client, url));
                var queries = app.Queries.Count;
                queriesSeen += queries;
                for (var wait = 1; wait <= queries; wait++)
                {
                    ForgetCachesIf(cold, ownerId);
                    app.Queries.WaitAt(wait);
                    if (await EveryPageRendersTests.FailureAsync(client, url) is { } failure)
                    {
                        failures.Add($"{failure} (query {wait} of {queries} waited{(cold ? ", caches empty" : "")})");
                    }
                }
            }
        }

        Assert.True(queriesSeen > pages.Count, $"only {queriesSeen} queries counted on {pages.Count} pages: the interceptor is not in use");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private void ForgetCachesIf(bool cold, string ownerId)
    {
        if (cold)
        {
            app.Services.GetRequiredService<ExistingAccounts>().Forget(ownerId);
            app.Services.GetRequiredService<CalendarCache>().Invalidate(ownerId);
        }
    }
}

/// <summary>The app with <see cref="QueryWaiter"/> on every database context it makes.</summary>
public sealed class QueryWaitingApplication : SpasmCoachApplication
{
    public QueryWaiter Queries { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteSpasmCoachDbContext>(o => o.AddInterceptors(Queries));
            services.ConfigureDbContext<PostgresSpasmCoachDbContext>(o => o.AddInterceptors(Queries));
        });
    }
}

/// <summary>
/// Counts the database commands run asynchronously since <see cref="WaitAt"/>, and makes the one numbered there give
/// up its thread before it runs (<see cref="Task.Yield"/>), so whoever awaits it sees it incomplete.
/// </summary>
public sealed class QueryWaiter : DbCommandInterceptor
{
    private int _count;
    private int _waitAt;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts counting again; command number <paramref name="number"/> (from 1) will wait, 0 for none.</summary>
    public void WaitAt(int number)
    {
        Volatile.Write(ref _waitAt, number);
        Volatile.Write(ref _count, 0);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        CountAsync(result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        CountAsync(result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        CountAsync(result);

    private async ValueTask<T> CountAsync<T>(T result)
    {
        if (Interlocked.Increment(ref _count) == Volatile.Read(ref _waitAt))
        {
            await Task.Yield();
        }
        return result;
    }
}

using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SpasmCoach.Web.Tests.Persistence;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// When the server fails (here: its database file has gone), a browser gets the error page as HTML, under the same
/// security headers, and the API gets a 500 problem+json; neither shows the exception, and each is logged.
/// </summary>
public sealed class ServerErrorTests : IAsyncLifetime
{
    private readonly SqliteFileApplication _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Failure_PageGetFormPostAndApi_ErrorPageForBrowsersProblemJsonForApi()
    {
        var ct = TestContext.Current.CancellationToken;
        var pages = await _app.CreatePageClientAsync();
        pages.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        var (_, token) = await pages.GetFormPageAsync("/checkin");
        var api = await _app.CreateClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/profile", ct)).StatusCode);

        RemoveDatabaseFile(new SqliteConnectionStringBuilder(_app.Database.ConnectionString).DataSource);

        var page = await pages.GetAsync("/diary", ct);
        var post = await pages.PostFormAsync("/checkin",
            ("_handler", "checkin"), (HtmlPages.AntiforgeryField, token), ("Model.SleepHours", "7"));
        foreach (var response in new[] { page, post })
        {
            var html = await response.Content.ReadAsStringAsync(ct);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<h1>Something went wrong</h1>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Sqlite", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }

        var failed = await api.GetAsync("/api/profile", ct);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Sqlite", await failed.Content.ReadAsStringAsync(ct), StringComparison.OrdinalIgnoreCase);
        Assert.True(failed.Headers.Contains("Content-Security-Policy"));
        // The operator still learns of every failure (.NET 10 stays quiet about exceptions an IExceptionHandler answers).
        Assert.Equal(3, _app.Logs.Entries.Count(e => e.Level == LogLevel.Error && e.Category.EndsWith("ExceptionHandlerMiddleware", StringComparison.Ordinal)));
    }

    /// <summary>A folder in the file's place: SQLite can neither open it nor quietly create a new, empty diary.</summary>
    private static void RemoveDatabaseFile(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
        Directory.CreateDirectory(file);
    }
}

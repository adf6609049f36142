using Microsoft.Playwright;

namespace SpasmCoach.E2E.Hosting;

/// <summary>Records what a page asks the network for and what goes wrong in its console.</summary>
public sealed class PageWatch
{
    private readonly List<string> _requests = [];
    private readonly List<string> _errors = [];
    private readonly Lock _lock = new();

    public PageWatch(IPage page)
    {
        page.Request += (_, request) => { lock (_lock) { _requests.Add(request.Url); } };
        // A Content-Security-Policy violation is reported as a console error.
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_lock) { _errors.Add($"console: {message.Text} ({message.Location})"); }
            }
        };
        page.PageError += (_, error) => { lock (_lock) { _errors.Add($"page error: {error}"); } };
        page.RequestFailed += (_, request) =>
        {
            // ERR_ABORTED: the test tapped on before an enhanced-navigation fetch had finished reading; the page
            // had already been shown, so nothing failed for the person.
            if (request.Failure != "net::ERR_ABORTED")
            {
                lock (_lock) { _errors.Add($"request failed: {request.Method} {request.Url} ({request.Failure})"); }
            }
        };
    }

    public IReadOnlyList<string> Requests { get { lock (_lock) { return [.. _requests]; } } }

    public IReadOnlyList<string> Errors { get { lock (_lock) { return [.. _errors]; } } }

    /// <summary>Fails with every console error, page error and failed request, in full.</summary>
    public void AssertNoErrors()
    {
        var errors = Errors;
        Assert.True(errors.Count == 0, $"{errors.Count} error(s) in the browser:\n" + string.Join("\n", errors));
    }

    /// <summary>Fails with every request that went anywhere but the app.</summary>
    public void AssertOnlyRequestsTo(Uri origin)
    {
        var outside = RequestsOutside(origin);
        Assert.True(outside.Count == 0, $"{outside.Count} request(s) left the app:\n" + string.Join("\n", outside));
    }

    /// <summary>Every request that left for somewhere other than <paramref name="origin"/>.</summary>
    public IReadOnlyList<string> RequestsOutside(Uri origin) =>
        [.. Requests.Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.GetLeftPart(UriPartial.Authority) != origin.GetLeftPart(UriPartial.Authority))];
}

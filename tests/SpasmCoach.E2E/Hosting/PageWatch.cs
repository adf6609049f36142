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
        page.RequestFailed += (_, request) => { lock (_lock) { _errors.Add($"request failed: {request.Url} ({request.Failure})"); } };
    }

    public IReadOnlyList<string> Requests { get { lock (_lock) { return [.. _requests]; } } }

    public IReadOnlyList<string> Errors { get { lock (_lock) { return [.. _errors]; } } }

    /// <summary>Every request that left for somewhere other than <paramref name="origin"/>.</summary>
    public IReadOnlyList<string> RequestsOutside(Uri origin) =>
        [.. Requests.Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.GetLeftPart(UriPartial.Authority) != origin.GetLeftPart(UriPartial.Authority))];
}

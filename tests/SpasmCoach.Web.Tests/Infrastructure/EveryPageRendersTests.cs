using System.Net;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SpasmCoach.Web.Tests.Features.Episodes;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// Every page in the route table, opened by a signed-in person with a diary, renders (200, its heading). Run on both
/// databases: on PostgreSQL a page's queries really wait, so static rendering renders the page once before its data
/// has loaded, and a page that reads unloaded data then fails with a 500 that SQLite never shows.
/// </summary>
public sealed class EveryPageRendersTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public EveryPageRendersTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    private const string MalformedQuery =
        "?saved=abc&welcome=abc&started=abc&error=abc&days=abc&seq=abc&quantity=abc&food=abc&added=abc&deleted=abc&updated=abc&drink=abc&ReturnUrl=abc";

    [Fact]
    public async Task EveryPage_WithADiary_Renders()
    {
        var client = await _app.CreatePageClientAsync();
        var pages = await PagesOfADiaryAsync(_app, client);

        var failures = new List<string>();
        foreach (var (pattern, url) in pages)
        {
            // Each page also with every query value the pages read, none of them readable: a mangled link is no 500.
            foreach (var variant in pattern == "/food" ? [url, url + "?q=banana", url + MalformedQuery] : new[] { url, url + MalformedQuery })
            {
                if (await FailureAsync(client, variant) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>
    /// No day page links to a day it would answer not found: on the diary's first day there is no "Previous day", on
    /// today no "Next day" (the first day's "Previous day" once led to 1999-12-31, shown as the same first day).
    /// </summary>
    [Theory]
    [InlineData("/diary/2000-01-01")]
    [InlineData("/drinks/2000-01-01")]
    [InlineData("/food/day/2000-01-01")]
    [InlineData("/checkin/2000-01-01")]
    [InlineData("/diary")]
    [InlineData("/drinks")]
    [InlineData("/food")]
    [InlineData("/checkin")]
    [InlineData("/")]
    public async Task DayPage_AtTheEdgesOfTheDiary_LinksOnlyToDaysThatOpen(string page)
    {
        var client = await _app.CreatePageClientAsync();
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();

        var links = System.Text.RegularExpressions.Regex.Matches(html, "href=\"(/[^\"]*\\d{4}-\\d{2}-\\d{2}[^\"]*)\"")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Where(u => !u.StartsWith("/forms/", StringComparison.Ordinal)).Distinct().ToList();
        var failures = new List<string>();
        foreach (var link in links)
        {
            if (await FailureAsync(client, link) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.Empty(failures);
        Assert.DoesNotContain(page.EndsWith("2000-01-01", StringComparison.Ordinal) ? ">Previous day<" : ">Next day<", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every page in the route table, with a diary of one cramp and one drink for the pages that show one: the route
    /// pattern and an address to open it at.
    /// </summary>
    internal static async Task<List<(string Pattern, string Url)>> PagesOfADiaryAsync(SpasmCoachApplication app, HttpClient client)
    {
        var episode = await (await client.PostJsonAsync("/api/episodes", EpisodesApiTests.ValidEpisode("2026-11-19T03:30"))).ReadJsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/drinks", Features.Hydration.HydrationApiTests.Drink("2026-11-19T18:00", 330, "tea"))).ReadJsonAsync(HttpStatusCode.Created);
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["{Id:guid}"] = episode["id"]!.GetValue<string>(),
            ["{Date}"] = "2026-11-19",
            ["{NdbNo}"] = ApiRoute.NdbNo,
        };
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages found: {string.Join(", ", pages)}");
        var urls = pages.Select(pattern => (pattern, parameters.Aggregate(pattern, (u, p) => u.Replace(p.Key, p.Value, StringComparison.OrdinalIgnoreCase)))).ToList();
        Assert.All(urls, u => Assert.DoesNotContain("{", u.Item2, StringComparison.Ordinal));
        return urls;
    }

    /// <summary>Null when the page answered 200 with a heading; otherwise the address and what it answered.</summary>
    internal static async Task<string?> FailureAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK && html.Contains("<h1", StringComparison.Ordinal)
            ? null
            : $"{url}: {(int)response.StatusCode}";
    }
}

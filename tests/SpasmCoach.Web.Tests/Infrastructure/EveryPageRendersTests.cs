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
        var episode = await (await client.PostJsonAsync("/api/episodes", EpisodesApiTests.ValidEpisode("2026-11-19T03:30"))).ReadJsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/drinks", Features.Hydration.HydrationApiTests.Drink("2026-11-19T18:00", 330, "tea"))).ReadJsonAsync(HttpStatusCode.Created);
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["{Id:guid}"] = episode["id"]!.GetValue<string>(),
            ["{Date}"] = "2026-11-19",
            ["{NdbNo}"] = ApiRoute.NdbNo,
        };
        var pages = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages found: {string.Join(", ", pages)}");

        var failures = new List<string>();
        foreach (var pattern in pages)
        {
            var url = parameters.Aggregate(pattern, (u, p) => u.Replace(p.Key, p.Value, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("{", url, StringComparison.Ordinal);
            // Each page also with every query value the pages read, none of them readable: a mangled link is no 500.
            foreach (var variant in pattern == "/food" ? [url, url + "?q=banana", url + MalformedQuery] : new[] { url, url + MalformedQuery })
            {
                var response = await client.GetAsync(variant);
                var html = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK || !html.Contains("<h1", StringComparison.Ordinal))
                {
                    failures.Add($"{variant}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
    }
}

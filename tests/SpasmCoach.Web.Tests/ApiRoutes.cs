using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SpasmCoach.Web.Tests;

/// <summary>An API endpoint as the route table knows it: an HTTP method and a route pattern such as <c>/api/episodes/{id:guid}</c>.</summary>
public sealed record ApiRoute(string Method, string Pattern)
{
    public override string ToString() => $"{Method} {Pattern}";

    /// <summary>
    /// Every endpoint under <paramref name="prefix"/> from the app's route table, except Identity's own /api/auth
    /// endpoints unless the prefix is /api/auth. An endpoint without HTTP-method metadata answers every method and is listed as "*". With
    /// <paramref name="where"/>, only the endpoints it picks (by their metadata).
    /// </summary>
    public static IReadOnlyList<ApiRoute> FromRouteTable(IServiceProvider services, string prefix = "/api", Func<Endpoint, bool>? where = null) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => where?.Invoke(e) ?? true)
            .Select(e => (Pattern: Normalize(e.RoutePattern.RawText ?? ""), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]))
            .Where(e => IsUnder(e.Pattern, prefix) && (IsUnder(prefix, "/api/auth") || !IsUnder(e.Pattern, "/api/auth")))
            .SelectMany(e => e.Methods.Select(m => new ApiRoute(m, e.Pattern)))
            .Distinct()
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal),
    ];

    /// <summary>A URL for the pattern with every route parameter filled in.</summary>
    public string Url(Guid id, string date, string ndbNo = NdbNo)
    {
        var url = Pattern.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal).Replace("{date}", date, StringComparison.Ordinal)
            .Replace(NdbNoParameter, ndbNo, StringComparison.Ordinal);
        Assert.DoesNotContain("{", url, StringComparison.Ordinal);
        return url;
    }

    /// <summary>The USDA number route parameter as the route table spells it.</summary>
    public const string NdbNoParameter = "{ndbNo:regex(^\\d{{5}}$)}";

    /// <summary>Bananas, raw.</summary>
    public const string NdbNo = "09040";

    private static string Normalize(string pattern) => "/" + pattern.Trim('/');

    private static bool IsUnder(string pattern, string prefix) =>
        pattern.Equals(prefix, StringComparison.OrdinalIgnoreCase) || pattern.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase);
}

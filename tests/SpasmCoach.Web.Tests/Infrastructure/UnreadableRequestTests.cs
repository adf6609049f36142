using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// A request the framework cannot bind (no body, a word where a number belongs in the query) is a 400 problem+json in
/// the app's words naming the field, on every /api endpoint that takes a body or a typed query value; the framework's
/// own wording ('Failed to bind parameter "int? limit"') names C# types, not the API's fields.
/// </summary>
public sealed class UnreadableRequestTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    /// <summary>The app's message for a query value that is not of its type; a new typed query value needs one here.</summary>
    private static readonly Dictionary<Type, string> ExpectedMessages = new()
    {
        [typeof(int)] = "Must be a whole number.",
    };

    [Fact]
    public async Task EveryApiBody_NullOrEmpty_Returns400NamingTheBody()
    {
        var client = await app.CreateClientAsync();
        static bool TakesBody(Endpoint e) => e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is not null;
        var routes = ApiRoute.FromRouteTable(app.Services, where: TakesBody).Concat(ApiRoute.FromRouteTable(app.Services, "/api/auth", TakesBody)).ToList();
        Assert.Contains(new ApiRoute("POST", "/api/drinks"), routes);
        Assert.Contains(new ApiRoute("PUT", "/api/checkins/{date}"), routes);
        Assert.Contains(new ApiRoute("POST", "/api/auth/register"), routes);

        foreach (var route in routes)
        {
            foreach (var body in new[] { "null", "" })
            {
                var response = await client.SendRawJsonAsync(new HttpMethod(route.Method), route.Url(Guid.NewGuid(), "2026-11-19"), body);

                var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
                Assert.True(
                    JsonNode.DeepEquals(new JsonObject { ["body"] = new JsonArray("The request body is missing.") }, problem["errors"]),
                    $"{route} with body '{body}': {problem.ToJsonString()}");
            }
        }
    }

    [Fact]
    public async Task EveryTypedApiQueryValue_NotOfItsType_Returns400NamingItInTheAppsWords()
    {
        var client = await app.CreateClientAsync();
        var values = TypedQueryValues();
        Assert.Contains(("GET", "/api/foods/search", "limit", typeof(int)), values);

        foreach (var (method, path, name, type) in values)
        {
            Assert.True(ExpectedMessages.TryGetValue(type, out var expected), $"{method} {path}?{name}: add the app's message for {type.Name}");
            Assert.DoesNotContain("{", path, StringComparison.Ordinal);
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{path}?{name}=abc"));

            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(
                JsonNode.DeepEquals(new JsonObject { [name] = new JsonArray(expected) }, problem["errors"]),
                $"{method} {path}?{name}=abc: {problem.ToJsonString()}");
        }
    }

    [Theory]
    [InlineData("q")] // the name of the other query value: the framework's message quotes the value too
    [InlineData("limit")]
    [InlineData("request")]
    public async Task QueryValue_WhoseTextIsAParameterName_Returns400NamingTheValueSentBadly(string value)
    {
        var client = await app.CreateClientAsync();

        var response = await client.GetAsync($"/api/foods/search?q=banana&limit={value}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(
            JsonNode.DeepEquals(new JsonObject { ["limit"] = new JsonArray("Must be a whole number.") }, problem["errors"]),
            problem.ToJsonString());
    }

    /// <summary>
    /// Each query value the app's endpoints bind to a type other than text, with its path (no route values among them).
    /// Not Identity's /api/auth ones: its precompiled endpoints answer a bad useCookies with a bare 400 of their own.
    /// </summary>
    private List<(string Method, string Path, string Name, Type Type)> TypedQueryValues() =>
    [
        .. app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true && !d.RelativePath.StartsWith("api/auth/", StringComparison.Ordinal))
            .SelectMany(d => d.ParameterDescriptions
                .Where(p => p.Source == BindingSource.Query && p.Type != typeof(string))
                .Select(p => (d.HttpMethod!, "/" + d.RelativePath, p.Name, Nullable.GetUnderlyingType(p.Type) ?? p.Type))),
    ];
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SpasmCoach.Web.Tests;

public static class HttpAssertions
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>Asserts the status and returns the JSON body.</summary>
    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ReadJsonAsync();

    public static async Task<JsonArray> GetArrayAsync(this HttpClient client, string url) =>
        (await client.GetJsonAsync(url)).AsArray();

    /// <summary>Sends raw text as the JSON body, for bodies a serializer would refuse to write.</summary>
    public static Task<HttpResponseMessage> SendRawJsonAsync(this HttpClient client, HttpMethod method, string url, string json) =>
        client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, JsonNode body) =>
        client.SendRawJsonAsync(HttpMethod.Post, url, body.ToJsonString());

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, JsonNode body) =>
        client.SendRawJsonAsync(HttpMethod.Put, url, body.ToJsonString());

    /// <summary>
    /// Asserts an RFC 9457 problem+json answer with <paramref name="expected"/> status; with <paramref name="field"/>,
    /// also that its <c>errors</c> name that field.
    /// </summary>
    public static async Task<JsonObject> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        if (field is not null)
        {
            var errors = problem["errors"]?.AsObject();
            Assert.True(errors is not null && errors.ContainsKey(field), $"errors should name '{field}': {text}");
            Assert.NotEmpty(errors[field]!.AsArray());
        }
        return problem;
    }

    /// <summary>A problem body without the per-request trace id, to compare two answers.</summary>
    public static async Task<string> ProblemShapeAsync(this HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>() ?? [];
        problem.Remove("traceId");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {problem.ToJsonString()}";
    }

    /// <summary>Asserts the object has exactly these property names, as the API contract spells them.</summary>
    public static void AssertFields(this JsonNode node, params string[] names) =>
        Assert.Equal(names.Order(StringComparer.Ordinal), node.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));

    public static IEnumerable<string> Ids(this JsonArray list) => list.Select(item => item!["id"]!.GetValue<string>());
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// A 200 with a JSON array, written by a source-generated serializer in one synchronous pass: its fast path, which
/// the streaming serializer behind <see cref="Ok{TValue}"/> gives up for any body over 8 kB. The type info must be
/// generated with the API's settings (web defaults); a test compares the bytes with what <see cref="Ok{TValue}"/>
/// writes. Lists longer than <see cref="MaxBuffered"/> stream instead of being buffered whole.
/// (Why: about a sixth of a 30-day read went to JSON; bench/ and docs/performance.md.)
/// </summary>
public sealed class JsonList<T>(List<T> items, JsonTypeInfo<List<T>> typeInfo)
    : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<List<T>>, IEndpointMetadataProvider
{
    public const int MaxBuffered = 1000;

    public List<T> Value { get; } = items;

    object? IValueHttpResult.Value => Value;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        if (Value.Count > MaxBuffered)
        {
            await response.WriteAsJsonAsync(Value, typeInfo, contentType: null, httpContext.RequestAborted);
            return;
        }
        response.ContentType = "application/json; charset=utf-8";
        // The generated code leaves escaping to the writer, so the writer takes the API's encoder (minimal APIs use
        // UnsafeRelaxedJsonEscaping), which a context's own options cannot name.
        var api = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using (var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Encoder = api.Encoder, Indented = api.WriteIndented, SkipValidation = true }))
        {
            JsonSerializer.Serialize(writer, Value, typeInfo);
        }
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(List<T>), ["application/json"]));
}

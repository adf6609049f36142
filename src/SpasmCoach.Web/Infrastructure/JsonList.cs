using System.Buffers;
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
        // Into a pooled buffer first, then one write: the writer would otherwise ask the response pipe for 4 kB at a
        // time, taking Kestrel's output lock each time.
        using var buffer = new PooledBufferWriter(Math.Clamp(Value.Count * 512, 4096, 1024 * 1024));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = api.Encoder, Indented = api.WriteIndented, SkipValidation = true }))
        {
            JsonSerializer.Serialize(writer, Value, typeInfo);
        }
        await response.BodyWriter.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(List<T>), ["application/json"]));
}

/// <summary>An <see cref="IBufferWriter{T}"/> on arrays from <see cref="ArrayPool{T}.Shared"/>, returned on dispose.</summary>
internal sealed class PooledBufferWriter(int initialCapacity) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    private int _written;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public void Advance(int count) => _written += count;

    // Reserve first: it may replace _buffer, and `_buffer.AsMemory(Reserve(...))` would slice the old array.
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _buffer.AsSpan(start);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private int Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        return _written;
    }
}

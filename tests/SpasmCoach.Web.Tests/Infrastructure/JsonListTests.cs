using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using SpasmCoach.Web.Features.Episodes;
using SpasmCoach.Web.Infrastructure;
using Xunit;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>The episode list is written by a source-generated serializer; it must write what <see cref="Ok{TValue}"/> would.</summary>
public sealed class JsonListTests
{
    [Fact]
    public async Task ExecuteAsync_EpisodeList_SameBytesAndHeadersAsOk()
    {
        var file = Path.Combine(Path.GetTempPath(), $"spasmcoach-json-{Guid.NewGuid():N}.db");
        try
        {
            await using var factory = new WebApplicationFactory<Program>()
                .WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:SpasmCoach", $"Data Source={file}"));
            var list = new List<EpisodeResponse>
            {
                new(Guid.NewGuid(), "2026-03-01T02:30:00", new DateTime(2026, 3, 1, 2, 30, 0, DateTimeKind.Utc), new DateOnly(2026, 2, 28),
                    60, "calf", "left", 5, null, [], null, null, null, null, false),
                new(Guid.NewGuid(), "2026-03-02T23:59:59", new DateTime(2026, 3, 2, 23, 59, 59, 123, DateTimeKind.Utc).AddTicks(4567), new DateOnly(2026, 3, 2),
                    null, "hamstrings", "both", null, "asleep-or-lying", ["stretch", "heat"], "heat", 120, 3,
                    "Krampf \"nachts\" <b>&</b> + 'x' — 痛い 😖\n\t\u0001\u2028 \ud800 done", true),
            };

            // Long notes whose characters are escaped outgrow the buffer the list is first given (512 bytes an item).
            for (var i = 0; i < 12; i++)
            {
                list.Add(new(Guid.NewGuid(), "2026-03-03T01:00:00", new DateTime(2026, 3, 3, 1, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 3, 2),
                    30, "calf", "right", 4, null, ["massage"], null, null, null, string.Concat(Enumerable.Repeat("<\"\u0001é😖", 800)), false));
            }

            var (okBody, okType) = await RunAsync(factory.Services, TypedResults.Ok(list));
            var (listBody, listType) = await RunAsync(factory.Services, new JsonList<EpisodeResponse>(list, EpisodeJson.Default.ListEpisodeResponse));

            Assert.Equal(okType, listType);
            Assert.Equal(okBody, listBody);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<(string Body, string? ContentType)> RunAsync(IServiceProvider services, IResult result)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        await context.Response.BodyWriter.FlushAsync(TestContext.Current.CancellationToken);
        return (System.Text.Encoding.UTF8.GetString(body.ToArray()), context.Response.ContentType);
    }
}

using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace SpasmCoach.Web.Tests.Features.Health;

/// <summary>/readyz says 503 (problem+json) when the database file has gone, while /healthz still says the process is up.</summary>
public sealed class ReadinessWithoutDatabaseTests
{
    [Fact]
    public async Task Readyz_DatabaseFileRemoved_Returns503ProblemAndHealthzStaysUp()
    {
        var folder = Directory.CreateTempSubdirectory("spasmcoach-ready-");
        var file = Path.Combine(folder.FullName, "diary.db");
        try
        {
            await using var factory = new WebApplicationFactory<Program>()
                .WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:SpasmCoach", $"Data Source={file}"));
            var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz", TestContext.Current.CancellationToken)).StatusCode);

            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
            // Mode=ReadWriteCreate would quietly make a new, empty file; a folder in its place cannot be opened at all.
            Directory.CreateDirectory(file);

            var ready = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
            var health = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("application/problem+json", ready.Content.Headers.ContentType?.MediaType);
            Assert.Contains("database", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}

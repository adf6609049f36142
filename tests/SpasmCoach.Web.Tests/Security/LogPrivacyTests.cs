using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SpasmCoach.Web.Tests.Features.CheckIns;
using SpasmCoach.Web.Tests.Features.Episodes;

namespace SpasmCoach.Web.Tests.Security;

public sealed class LogPrivacyTests(VerboseLoggingApplication app) : IClassFixture<VerboseLoggingApplication>
{
    [Fact]
    public async Task Diary_EveryPath_LogsNeitherEmailNorNoteText()
    {
        var marker = Guid.NewGuid().ToString("N")[..12];
        var email = $"private.{marker}@spasmcoach.test";
        var note = $"Calf cramp after the night shift {marker}";
        var client = await app.CreateClientAsync(email);
        await SpasmCoachApplication.PutProfileAsync(client, timeZone: "Europe/Berlin", birthDate: "1980-04-04", sex: "male");
        var episode = EpisodesApiTests.ValidEpisode();
        episode["notes"] = note;
        var created = await (await client.PostJsonAsync("/api/episodes", episode)).ReadJsonAsync(HttpStatusCode.Created);
        await client.GetJsonAsync($"/api/episodes/{created["id"]}");
        await (await client.PutJsonAsync($"/api/episodes/{created["id"]}", episode)).ReadJsonAsync();
        episode["severity"] = 12;
        await (await client.PostJsonAsync("/api/episodes", episode)).AssertProblemAsync(HttpStatusCode.BadRequest, "severity");
        await (await client.SendRawJsonAsync(HttpMethod.Post, "/api/episodes", $"{{\"notes\":\"{note}\",\"severity\":\"{email}\"}}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        var checkIn = CheckInsApiTests.FullCheckIn();
        checkIn["notes"] = note;
        await (await client.PutJsonAsync("/api/checkins/2026-11-19", checkIn)).ReadJsonAsync();
        var anonymous = app.CreateAnonymousClient();
        await (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password-1" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync("/api/auth/register", new { email, password = SpasmCoachApplication.Password })).AssertProblemAsync(HttpStatusCode.BadRequest);
        using var pages = await app.CreatePageClientAsync();
        var (_, token) = await pages.GetFormPageAsync("/account/login");
        await pages.PostFormAsync("/account/login", ("_handler", "login"), (HtmlPages.AntiforgeryField, token), ("Form.Email", email), ("Form.Password", "wrong-password-2"));

        var entries = app.Logs.Entries.ToList();
        Assert.NotEmpty(entries);
        Assert.Contains(entries, e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Text.Contains(marker, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.Text.Contains("night shift", StringComparison.OrdinalIgnoreCase));
    }
}

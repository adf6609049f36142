using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>A published app started from another folder reads its own wwwroot (it served empty stylesheets).</summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("spasmcoach-cwd-").FullName;
    private readonly string _published = Directory.CreateTempSubdirectory("spasmcoach-app-").FullName;

    public ContentRootTests() => Directory.CreateDirectory(Path.Combine(_published, "wwwroot"));

    [Fact]
    public void StartedFromAnotherFolder_IsTheAppsFolder() =>
        Assert.Equal(_published, ContentRoot.ForPublishedApp([], _elsewhere, _published));

    [Fact]
    public void StartedFromTheAppsFolder_IsTheDefault() =>
        Assert.Null(ContentRoot.ForPublishedApp([], _published, _published));

    [Fact]
    public void NotPublished_IsTheDefault() // dotnet run: the build output has no wwwroot
    {
        Directory.Delete(Path.Combine(_published, "wwwroot"));
        Assert.Null(ContentRoot.ForPublishedApp([], _elsewhere, _published));
    }

    [Fact]
    public void ContentRootGivenOnTheCommandLine_IsLeftToTheFramework() =>
        Assert.Null(ContentRoot.ForPublishedApp(["--contentRoot", "/srv/x"], _elsewhere, _published));

    public void Dispose()
    {
        Directory.Delete(_elsewhere, recursive: true);
        Directory.Delete(_published, recursive: true);
    }
}

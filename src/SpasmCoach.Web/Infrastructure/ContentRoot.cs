namespace SpasmCoach.Web.Infrastructure;

/// <summary>Where the app reads wwwroot and appsettings.json from.</summary>
public static class ContentRoot
{
    /// <summary>
    /// The published app's own folder when it is started from another folder (<c>dotnet /opt/spasmcoach/SpasmCoach.Web.dll</c>
    /// from a home folder); otherwise null, the framework's default (the working directory, or what
    /// <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> say).
    /// </summary>
    /// <remarks>
    /// Why: with the working directory as content root, a published app found no wwwroot there and answered every
    /// stylesheet and script with an empty 200 marked immutable for a year, and read no appsettings.json. Only a
    /// publish puts wwwroot beside the app; <c>dotnet run</c> and the tests serve it from the project.
    /// </remarks>
    public static string? ForPublishedApp(string[] args, string workingDirectory, string appFolder)
    {
        var chosen = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is not null;
        return !chosen && !Directory.Exists(Path.Combine(workingDirectory, "wwwroot")) && Directory.Exists(Path.Combine(appFolder, "wwwroot"))
            ? appFolder
            : null;
    }
}

namespace SpasmCoach.Web.Infrastructure;

public static class LocalUrl
{
    /// <summary>True for a path on this site ("/diary"), false for anything that could lead elsewhere ("//evil", "/\evil").</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}

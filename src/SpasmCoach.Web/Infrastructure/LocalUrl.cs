namespace SpasmCoach.Web.Infrastructure;

public static class LocalUrl
{
    /// <summary>True for a path on this site ("/diary"), false for anything that could lead elsewhere ("//evil", "/\evil").</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;

    /// <summary>
    /// Where to go back to after signing in: a local page. A sign-in that interrupted a one-tap form comes back with
    /// the form's address, which only answers POST (a GET there is a 404), so that goes to the fallback.
    /// </summary>
    public static string PageOrDefault(string? url, string fallback) =>
        IsLocal(url) && !url!.StartsWith("/forms/", StringComparison.OrdinalIgnoreCase) ? url : fallback;

    /// <summary>The path of <paramref name="url"/> with <paramref name="query"/> as its whole query ("/drinks?deleted=drink").</summary>
    public static string WithQuery(string url, string query) => $"{url.Split('?')[0]}?{query}";
}

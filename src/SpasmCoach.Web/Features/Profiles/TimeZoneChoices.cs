using NodaTime.TimeZones;

namespace SpasmCoach.Web.Features.Profiles;

/// <summary>
/// The time zones the profile form offers: canonical TZDB ids and the zones TZDB lists per country (zone.tab). All ids
/// listed 597, old aliases among them (Asia/Calcutta beside Asia/Kolkata, US/Central, GB), so one place appeared
/// under several names. Canonical ids alone would drop zones people look for by their city: since TZDB 2022 Europe/
/// Amsterdam, Europe/Oslo and Africa/Accra are links to Brussels, Berlin and Abidjan, but zone.tab still lists them for
/// their countries. The API still accepts any IANA id, aliases included.
/// </summary>
public static class TimeZoneChoices
{
    /// <summary>A zone the list offers, with the ids not offered that name it (what a browser may report), space-separated.</summary>
    public sealed record Choice(string Id, string Aliases);

    private static readonly IDictionary<string, string> CanonicalOf = TzdbDateTimeZoneSource.Default.CanonicalIdMap;

    private static readonly HashSet<string> Offered =
        [.. CanonicalOf.Values, .. TzdbDateTimeZoneSource.Default.ZoneLocations?.Select(l => l.ZoneId) ?? []];

    private static readonly IReadOnlyList<Choice> All = [
        .. Offered.Order(StringComparer.Ordinal).Select(id => new Choice(id, CanonicalOf[id] != id ? "" : string.Join(' ',
            CanonicalOf.Where(pair => pair.Value == id && !Offered.Contains(pair.Key)).Select(pair => pair.Key).Order(StringComparer.Ordinal)))),
    ];

    /// <summary>
    /// The offered zones, and <paramref name="current"/> too when it is a valid id the list leaves out (an alias saved
    /// through the API or at registration from a browser that reports one), so the person's own zone still shows selected.
    /// </summary>
    public static IReadOnlyList<Choice> For(string? current) =>
        current is not null && CanonicalOf.ContainsKey(current) && !Offered.Contains(current)
            ? [.. All.Append(new Choice(current, "")).OrderBy(c => c.Id, StringComparer.Ordinal)]
            : All;
}

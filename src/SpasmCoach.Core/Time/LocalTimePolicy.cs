using NodaTime;
using NodaTime.TimeZones;

namespace SpasmCoach.Core.Time;

/// <summary>How a local time the user typed maps onto the time zone's clock.</summary>
public enum LocalTimeMapping
{
    /// <summary>The local time occurs exactly once.</summary>
    Unique,

    /// <summary>The clocks jumped forward over this time (a daylight-saving gap); it never happened.</summary>
    Skipped,

    /// <summary>The clocks went back and this time happened twice (a daylight-saving overlap).</summary>
    Repeated,
}

/// <summary>
/// The one rule SpasmCoach uses to turn a local date-time that a user typed into an instant.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A time that occurs once maps to that instant.</item>
/// <item>A <b>skipped</b> time (inside a spring-forward gap) is moved forward by the length of the gap:
/// 02:30 on a night when 02:00 jumps to 03:00 becomes 03:30. That is where a clock that was not changed
/// would have pointed, which is what a person woken by a cramp most likely read.</item>
/// <item>A <b>repeated</b> time (inside an autumn overlap) maps to its <b>earlier</b> occurrence.</item>
/// </list>
/// This is NodaTime's <see cref="Resolvers.LenientResolver"/>. It never throws, so a night-time entry is
/// never refused because of a daylight-saving change.
/// </remarks>
public static class LocalTimePolicy
{
    /// <summary>Resolves <paramref name="local"/> in <paramref name="zone"/> by the rule above.</summary>
    public static ZonedDateTime Resolve(LocalDateTime local, DateTimeZone zone) =>
        zone.ResolveLocal(local, Resolvers.LenientResolver);

    /// <summary>Says whether <paramref name="local"/> is unique, skipped or repeated in <paramref name="zone"/>.</summary>
    public static LocalTimeMapping MappingOf(LocalDateTime local, DateTimeZone zone) =>
        zone.MapLocal(local).Count switch
        {
            0 => LocalTimeMapping.Skipped,
            1 => LocalTimeMapping.Unique,
            _ => LocalTimeMapping.Repeated,
        };
}

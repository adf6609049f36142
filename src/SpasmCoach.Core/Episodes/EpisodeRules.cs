using NodaTime;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Core.Episodes;

/// <summary>An episode as a client sends it: text and numbers, not yet checked.</summary>
public sealed record EpisodeInput(
    string? StartedAtLocal,
    int? DurationSeconds,
    string? Muscle,
    string? Side,
    int? Severity,
    string? Activity = null,
    IReadOnlyList<string>? ReliefTried = null,
    string? HelpedBy = null,
    int? TimeToReliefSeconds = null,
    int? SorenessAfter = null,
    string? Notes = null);

/// <summary>The limits of an episode, in one place; the API, the forms and the database refer to these.</summary>
public static class EpisodeRules
{
    public const int MinSeverity = 0;
    public const int MaxSeverity = 10;
    public const int MaxDurationSeconds = 24 * 60 * 60;
    public const int MaxNotesLength = 4000;

    /// <summary>How far in the future a start may be, to forgive a phone clock that runs a little fast.</summary>
    public static readonly Duration FutureTolerance = Duration.FromMinutes(10);

    /// <summary>The earliest start accepted; older entries are typing mistakes.</summary>
    public static readonly LocalDate EarliestDay = new(2000, 1, 1);

    /// <summary>
    /// Checks <paramref name="input"/> against the limits and, when it is valid, writes it onto <paramref name="episode"/>.
    /// Nothing is changed when there are errors. For a change to a <paramref name="stored"/> episode, a start sent back
    /// as stored keeps its instant and diary day: read again in a zone the person has since moved to, it would move
    /// (or land in the future and be refused); entries keep the zone they were typed in (decision 0002).
    /// </summary>
    public static ValidationErrors Apply(EpisodeInput input, Episode episode, DiaryCalendar calendar, Instant now, Episode? stored = null)
    {
        var errors = new ValidationErrors();

        var start = stored is not null && LocalTimeText.ParseLocalDateTime(input.StartedAtLocal) == stored.StartedAtLocal
            ? (stored.StartedAtLocal, stored.StartedAt, stored.DiaryDay)
            : PlaceStart(input.StartedAtLocal, "startedAtLocal", calendar, now, errors) is { } placed
                ? (placed.AsEntered, placed.Instant, placed.DiaryDay)
                : ((LocalDateTime, Instant, LocalDate)?)null;

        Muscle muscle = default;
        if (!Codes.TryParse(input.Muscle, out muscle))
        {
            errors.Add("muscle", "Must be " + Codes.Expected<Muscle>() + ".");
        }
        Side side = default;
        if (!Codes.TryParse(input.Side, out side))
        {
            errors.Add("side", "Must be " + Codes.Expected<Side>() + ".");
        }

        CheckDuration(errors, "durationSeconds", input.DurationSeconds);
        CheckRange(errors, "severity", input.Severity, MinSeverity, MaxSeverity, "");
        CheckDuration(errors, "timeToReliefSeconds", input.TimeToReliefSeconds);
        CheckRange(errors, "sorenessAfter", input.SorenessAfter, MinSeverity, MaxSeverity, "");
        // A cramp has eased by the time it is over; a longer wait is a typing mistake (often minutes for seconds).
        if (input.TimeToReliefSeconds is { } relief && input.DurationSeconds is { } lasted && relief > lasted
            && !errors.Has("durationSeconds") && !errors.Has("timeToReliefSeconds"))
        {
            errors.Add("timeToReliefSeconds", "Must not be longer than the cramp lasted: it had eased by the time it was over.");
        }

        Activity? activity = null;
        if (!string.IsNullOrWhiteSpace(input.Activity))
        {
            if (Codes.TryParse<Activity>(input.Activity, out var a))
            {
                activity = a;
            }
            else
            {
                errors.Add("activity", "Must be " + Codes.Expected<Activity>() + ".");
            }
        }

        var tried = new List<ReliefMethod>();
        foreach (var code in input.ReliefTried ?? [])
        {
            if (Codes.TryParse<ReliefMethod>(code, out var method))
            {
                if (!tried.Contains(method))
                {
                    tried.Add(method);
                }
            }
            else
            {
                errors.Add("reliefTried", $"'{Truncate(code)}' is not a relief method; must be " + Codes.Expected<ReliefMethod>() + ".");
            }
        }
        if (tried.Contains(ReliefMethod.Nothing) && tried.Count > 1)
        {
            errors.Add("reliefTried", "\"Nothing\" cannot go with other methods: tick either nothing or what you tried.");
        }

        ReliefMethod? helpedBy = null;
        if (!string.IsNullOrWhiteSpace(input.HelpedBy))
        {
            if (!Codes.TryParse<ReliefMethod>(input.HelpedBy, out var h))
            {
                errors.Add("helpedBy", "Must be " + Codes.Expected<ReliefMethod>() + ".");
            }
            else if (h == ReliefMethod.Nothing || !tried.Contains(h))
            {
                errors.Add("helpedBy", "Must be one of the methods you tried.");
            }
            else
            {
                helpedBy = h;
            }
        }

        var notes = CheckNotes(input.Notes, "notes", errors);

        if (!errors.IsEmpty || start is null)
        {
            return errors;
        }

        (episode.StartedAtLocal, episode.StartedAt, episode.DiaryDay) = start.Value;
        episode.DurationSeconds = input.DurationSeconds;
        episode.Muscle = muscle;
        episode.Side = side;
        episode.Severity = input.Severity;
        episode.Activity = activity;
        episode.ReliefTried = tried;
        episode.HelpedBy = helpedBy;
        episode.TimeToReliefSeconds = input.TimeToReliefSeconds;
        episode.SorenessAfter = input.SorenessAfter;
        episode.Notes = notes;
        episode.UpdatedAt = now;
        return errors;
    }

    /// <summary>
    /// Parses a local start time and places it on the calendar, refusing one more than
    /// <see cref="FutureTolerance"/> ahead of <paramref name="now"/> or before <see cref="EarliestDay"/>.
    /// A missing value means "now".
    /// </summary>
    public static PlacedTime? PlaceStart(string? text, string field, DiaryCalendar calendar, Instant now, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return calendar.Place(calendar.LocalAt(now));
        }
        if (LocalTimeText.ParseLocalDateTime(text) is not { } local)
        {
            errors.Add(field, "Must be a local date-time without offset, e.g. 2026-11-24T02:30.");
            return null;
        }
        if (local.Date < EarliestDay)
        {
            errors.Add(field, $"Must not be before {LocalTimeText.Format(EarliestDay)}.");
            return null;
        }
        // No zone is more than 14 hours ahead of UTC, so this is surely in the future; and placing a time near the
        // end of the calendar would overflow the instant.
        var placed = local > now.InUtc().LocalDateTime.PlusDays(2) ? null : calendar.Place(local);
        if (placed is null || placed.Instant > now + FutureTolerance)
        {
            errors.Add(field, "Must not be more than 10 minutes in the future.");
            return null;
        }
        return placed;
    }

    /// <summary>
    /// Trimmed notes, null when blank; at most <see cref="MaxNotesLength"/> characters and no control characters other
    /// than line breaks and tabs (PostgreSQL cannot store a NUL).
    /// </summary>
    internal static string? CheckNotes(string? text, string field, ValidationErrors errors)
    {
        var notes = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (notes is { Length: > MaxNotesLength })
        {
            errors.Add(field, $"Must be at most {MaxNotesLength} characters.");
        }
        if (notes is not null && notes.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(field, "Must not contain control characters.");
        }
        return notes;
    }

    // In hours as well as seconds: the forms ask for minutes, the API for seconds, and both readers should see the limit.
    private static void CheckDuration(ValidationErrors errors, string field, int? seconds)
    {
        if (seconds is < 0 or > MaxDurationSeconds)
        {
            errors.Add(field, $"Must be from 0 to 24 hours ({MaxDurationSeconds} seconds).");
        }
    }

    internal static void CheckRange(ValidationErrors errors, string field, int? value, int min, int max, string unit)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add(field, $"Must be from {min} to {max}{(unit.Length > 0 ? " " + unit : "")}.");
        }
    }

    private static string Truncate(string? text) => text is null ? "" : text.Length > 40 ? text[..40] + "…" : text;
}

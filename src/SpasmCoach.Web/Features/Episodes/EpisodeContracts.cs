using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Features.Episodes;

/// <summary>
/// An episode to create or replace. <c>startedAtLocal</c> is a local date-time in the profile's zone with no offset
/// (missing means now); <c>id</c> is an optional client-made UUID that makes a repeated create safe.
/// <c>timeToReliefSeconds</c> may not be longer than <c>durationSeconds</c> when both are given.
/// </summary>
public sealed record EpisodeRequest(
    Guid? Id,
    string? StartedAtLocal,
    int? DurationSeconds,
    string? Muscle,
    string? Side,
    int? Severity,
    string? Activity,
    string[]? ReliefTried,
    string? HelpedBy,
    int? TimeToReliefSeconds,
    int? SorenessAfter,
    string? Notes)
{
    public EpisodeInput ToInput() => new(StartedAtLocal, DurationSeconds, Muscle, Side, Severity, Activity, ReliefTried, HelpedBy, TimeToReliefSeconds, SorenessAfter, Notes);
}

/// <summary>An episode as stored: <c>startedAt</c> is the UTC instant, <c>diaryDay</c> the day it counts toward.</summary>
public sealed record EpisodeResponse(
    Guid Id,
    string StartedAtLocal,
    DateTime StartedAt,
    DateOnly DiaryDay,
    int? DurationSeconds,
    string Muscle,
    string Side,
    int? Severity,
    string? Activity,
    string[] ReliefTried,
    string? HelpedBy,
    int? TimeToReliefSeconds,
    int? SorenessAfter,
    string? Notes,
    bool Ongoing);

public static class EpisodeMapping
{
    public static EpisodeResponse ToResponse(this Episode e) => new(
        e.Id,
        LocalTimeText.Format(e.StartedAtLocal),
        e.StartedAt.ToDateTimeUtc(),
        e.DiaryDay.ToDateOnly(),
        e.DurationSeconds,
        Codes.Of(e.Muscle),
        Codes.Of(e.Side),
        e.Severity,
        e.Activity is { } a ? Codes.Of(a) : null,
        [.. e.ReliefTried.Select(Codes.Of)],
        e.HelpedBy is { } h ? Codes.Of(h) : null,
        e.TimeToReliefSeconds,
        e.SorenessAfter,
        e.Notes,
        e.IsOngoing);

    /// <summary>The input that reproduces a stored episode, to edit it.</summary>
    public static EpisodeInput ToInput(this Episode e) => new(
        LocalTimeText.Format(e.StartedAtLocal),
        e.DurationSeconds,
        Codes.Of(e.Muscle),
        Codes.Of(e.Side),
        e.Severity,
        e.Activity is { } a ? Codes.Of(a) : null,
        [.. e.ReliefTried.Select(Codes.Of)],
        e.HelpedBy is { } h ? Codes.Of(h) : null,
        e.TimeToReliefSeconds,
        e.SorenessAfter,
        e.Notes);
}

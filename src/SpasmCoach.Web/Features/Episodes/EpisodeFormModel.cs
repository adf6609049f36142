using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Episodes;

/// <summary>The episode form: text as typed, durations in minutes and seconds as people think of them.</summary>
public sealed class EpisodeFormModel : SaveOnceForm
{
    public string? StartedAtLocal { get; set; }
    public string? DurationMinutes { get; set; }
    public string? DurationSeconds { get; set; }
    public string Muscle { get; set; } = "calf";
    public string Side { get; set; } = "left";
    public string? Severity { get; set; }
    public string? Activity { get; set; }
    public bool Stretch { get; set; }
    public bool Massage { get; set; }
    public bool Walking { get; set; }
    public bool Heat { get; set; }
    public bool Cold { get; set; }
    public bool Medication { get; set; }
    public bool Nothing { get; set; }
    public string? HelpedBy { get; set; }
    public string? ReliefMinutes { get; set; }
    public string? SorenessAfter { get; set; }
    public string? Notes { get; set; }

    public static EpisodeFormModel From(Episode e) => new()
    {
        StartedAtLocal = LocalTimeText.FormatMinutes(e.StartedAtLocal),
        DurationMinutes = e.DurationSeconds is { } d ? (d / 60).ToString() : null,
        DurationSeconds = e.DurationSeconds is { } s ? (s % 60).ToString() : null,
        Muscle = Codes.Of(e.Muscle),
        Side = Codes.Of(e.Side),
        Severity = e.Severity?.ToString(),
        Activity = e.Activity is { } a ? Codes.Of(a) : null,
        Stretch = e.ReliefTried.Contains(ReliefMethod.Stretch),
        Massage = e.ReliefTried.Contains(ReliefMethod.Massage),
        Walking = e.ReliefTried.Contains(ReliefMethod.Walking),
        Heat = e.ReliefTried.Contains(ReliefMethod.Heat),
        Cold = e.ReliefTried.Contains(ReliefMethod.Cold),
        Medication = e.ReliefTried.Contains(ReliefMethod.Medication),
        Nothing = e.ReliefTried.Contains(ReliefMethod.Nothing),
        HelpedBy = e.HelpedBy is { } h ? Codes.Of(h) : null,
        // Two decimals read back as the same whole second (off by at most 0.3 s); one decimal turned 1 s into 0.
        ReliefMinutes = e.TimeToReliefSeconds is { } r ? Math.Round(r / 60.0, 2).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        SorenessAfter = e.SorenessAfter?.ToString(),
        Notes = e.Notes,
    };

    public EpisodeInput ToInput(ValidationErrors errors)
    {
        // The API reads a missing start as "now" (the one-tap start); on this form it is a field left empty by mistake.
        if (string.IsNullOrWhiteSpace(StartedAtLocal))
        {
            errors.Add("startedAtLocal", "Enter when it started.");
        }
        var minutes = FormNumbers.Parse(DurationMinutes, "durationSeconds", errors, "Minutes");
        var seconds = FormNumbers.Parse(DurationSeconds, "durationSeconds", errors, "Seconds");
        // Each box on its own: the sum alone let "1 min -5 s" through as 55 s.
        if (minutes < 0 || seconds < 0)
        {
            errors.Add("durationSeconds", "Minutes and seconds cannot be negative.");
        }
        else if (minutes is not null && seconds >= 60)
        {
            errors.Add("durationSeconds", "Seconds must be from 0 to 59 when minutes are given.");
        }
        int? duration = minutes is null && seconds is null ? null : (int)Math.Round((minutes ?? 0) * 60 + (seconds ?? 0));
        var reliefMinutes = FormNumbers.Parse(ReliefMinutes, "timeToReliefSeconds", errors);
        var tried = new List<string>();
        void Tick(bool on, ReliefMethod method)
        {
            if (on)
            {
                tried.Add(Codes.Of(method));
            }
        }
        Tick(Stretch, ReliefMethod.Stretch);
        Tick(Massage, ReliefMethod.Massage);
        Tick(Walking, ReliefMethod.Walking);
        Tick(Heat, ReliefMethod.Heat);
        Tick(Cold, ReliefMethod.Cold);
        Tick(Medication, ReliefMethod.Medication);
        Tick(Nothing, ReliefMethod.Nothing);
        return new EpisodeInput(
            StartedAtLocal,
            duration,
            Muscle,
            Side,
            FormNumbers.ParseInt(Severity, "severity", errors),
            Activity,
            tried,
            HelpedBy,
            reliefMinutes is { } r ? (int)Math.Round(r * 60) : null,
            FormNumbers.ParseInt(SorenessAfter, "sorenessAfter", errors),
            Notes);
    }
}

using NodaTime;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Core.CheckIns;

/// <summary>A check-in as a client sends it; every answer is optional.</summary>
public sealed record CheckInInput(
    double? SittingHours = null,
    int? LongestSittingMinutes = null,
    int? ExerciseMinutes = null,
    string? ExerciseIntensity = null,
    double? AlcoholUnits = null,
    int? CaffeinatedDrinks = null,
    double? SleepHours = null,
    int? KneePain = null,
    bool? KneeSwelling = null,
    double? WeightKg = null,
    string? Notes = null);

public static class CheckInRules
{
    public const double MaxHours = 24;
    public const int MaxMinutes = 24 * 60;
    public const double MaxAlcoholUnits = 50;
    public const int MaxCaffeinatedDrinks = 30;

    /// <summary>The error key of a check-in with no answers: no one field is wrong, the whole check-in is empty.</summary>
    public const string WholeCheckIn = "checkIn";

    /// <summary>
    /// True when the input answers nothing (blank text counts as no answer). Stored, it would read as "checked in"
    /// with nothing to show.
    /// </summary>
    public static bool AnswersNothing(CheckInInput input) =>
        input with { ExerciseIntensity = Blank(input.ExerciseIntensity), Notes = Blank(input.Notes) } == new CheckInInput();

    /// <summary>Checks a check-in for <paramref name="date"/> and, when valid, writes it onto <paramref name="checkIn"/>.</summary>
    public static ValidationErrors Apply(CheckInInput input, CheckIn checkIn, LocalDate date, LocalDate today, Instant now)
    {
        var errors = new ValidationErrors();
        if (date > today)
        {
            errors.Add("date", "A check-in cannot be for a diary day that has not started.");
        }
        if (date < EpisodeRules.EarliestDay)
        {
            errors.Add("date", $"Must not be before {EpisodeRules.EarliestDay:yyyy-MM-dd}.");
        }
        ProfileRules.CheckRange(errors, "sittingHours", input.SittingHours, 0, MaxHours, "hours");
        EpisodeRules.CheckRange(errors, "longestSittingMinutes", input.LongestSittingMinutes, 0, MaxMinutes, "minutes");
        if (input is { SittingHours: { } hours, LongestSittingMinutes: { } longest } && longest > hours * 60 + 0.5)
        {
            errors.Add("longestSittingMinutes", "Cannot be longer than the hours sitting.");
        }
        EpisodeRules.CheckRange(errors, "exerciseMinutes", input.ExerciseMinutes, 0, MaxMinutes, "minutes");
        ExerciseIntensity? intensity = null;
        if (!string.IsNullOrWhiteSpace(input.ExerciseIntensity))
        {
            if (Codes.TryParse<ExerciseIntensity>(input.ExerciseIntensity, out var i))
            {
                intensity = i;
            }
            else
            {
                errors.Add("exerciseIntensity", "Must be " + Codes.Expected<ExerciseIntensity>() + ".");
            }
        }
        ProfileRules.CheckRange(errors, "alcoholUnits", input.AlcoholUnits, 0, MaxAlcoholUnits, "units");
        EpisodeRules.CheckRange(errors, "caffeinatedDrinks", input.CaffeinatedDrinks, 0, MaxCaffeinatedDrinks, "");
        ProfileRules.CheckRange(errors, "sleepHours", input.SleepHours, 0, MaxHours, "hours");
        // One diary day has 24 hours: 20 hours sitting and 10 asleep cannot both be right.
        if (input is { SittingHours: { } sitting and <= MaxHours, SleepHours: { } sleep and <= MaxHours } && sitting + sleep > MaxHours)
        {
            errors.Add("sleepHours", $"Sleep and sitting add up to {sitting + sleep:0.#} hours, more than the day's 24.");
        }
        EpisodeRules.CheckRange(errors, "kneePain", input.KneePain, EpisodeRules.MinSeverity, EpisodeRules.MaxSeverity, "");
        ProfileRules.CheckRange(errors, "weightKg", input.WeightKg, ProfileRules.MinWeightKg, ProfileRules.MaxWeightKg, "kg");
        var notes = EpisodeRules.CheckNotes(input.Notes, "notes", errors);
        if (AnswersNothing(input))
        {
            errors.Add(WholeCheckIn, "Fill in at least one answer.");
        }
        if (!errors.IsEmpty)
        {
            return errors;
        }
        checkIn.SittingHours = input.SittingHours;
        checkIn.LongestSittingMinutes = input.LongestSittingMinutes;
        checkIn.ExerciseMinutes = input.ExerciseMinutes;
        checkIn.ExerciseIntensity = intensity;
        checkIn.AlcoholUnits = input.AlcoholUnits;
        checkIn.CaffeinatedDrinks = input.CaffeinatedDrinks;
        checkIn.SleepHours = input.SleepHours;
        checkIn.KneePain = input.KneePain;
        checkIn.KneeSwelling = input.KneeSwelling;
        checkIn.WeightKg = input.WeightKg;
        checkIn.Notes = notes;
        checkIn.UpdatedAt = now;
        return errors;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

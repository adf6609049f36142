using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Features.Episodes;

/// <summary>What people read for each code.</summary>
public static class EpisodeLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> Muscles =
    [
        (Codes.Of(Muscle.Calf), "Calf"),
        (Codes.Of(Muscle.Hamstrings), "Hamstrings (back of thigh)"),
        (Codes.Of(Muscle.Quadriceps), "Quadriceps (front of thigh)"),
        (Codes.Of(Muscle.Shin), "Shin"),
        (Codes.Of(Muscle.Foot), "Foot"),
        (Codes.Of(Muscle.Other), "Somewhere else"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Sides =
    [
        (Codes.Of(Side.Left), "Left"),
        (Codes.Of(Side.Right), "Right"),
        (Codes.Of(Side.Both), "Both"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Activities =
    [
        (Codes.Of(Activity.AsleepOrLying), "Asleep or lying down"),
        (Codes.Of(Activity.Sitting), "Sitting"),
        (Codes.Of(Activity.Standing), "Standing"),
        (Codes.Of(Activity.Walking), "Walking"),
        (Codes.Of(Activity.Exercising), "Exercising"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Relief =
    [
        (Codes.Of(ReliefMethod.Stretch), "Stretching"),
        (Codes.Of(ReliefMethod.Massage), "Massage"),
        (Codes.Of(ReliefMethod.Walking), "Walking it off"),
        (Codes.Of(ReliefMethod.Heat), "Heat"),
        (Codes.Of(ReliefMethod.Cold), "Cold"),
        (Codes.Of(ReliefMethod.Medication), "Medication"),
        (Codes.Of(ReliefMethod.Nothing), "Nothing"),
    ];

    public static string MuscleName(Muscle muscle) => Muscles.First(m => m.Code == Codes.Of(muscle)).Label.Split(' ')[0];

    /// <summary>"left calf", "both calves" (not "both calf"), "right leg" for somewhere else.</summary>
    public static string Where(Episode e) => e.Side == Side.Both ? $"both {Plural(e.Muscle)}" : $"{Codes.Of(e.Side)} {Singular(e.Muscle)}";

    /// <summary>"your left calf", "both your calves" (not "your both calf"), "your right leg" for somewhere else.</summary>
    public static string InYour(Episode e) => e.Side == Side.Both ? $"both your {Plural(e.Muscle)}" : $"your {Where(e)}";

    private static string Singular(Muscle muscle) => muscle == Muscle.Other ? "leg" : MuscleName(muscle).ToLowerInvariant();

    private static string Plural(Muscle muscle) => muscle switch
    {
        Muscle.Calf => "calves",
        Muscle.Shin => "shins",
        Muscle.Foot => "feet",
        Muscle.Other => "legs",
        _ => MuscleName(muscle).ToLowerInvariant(), // hamstrings, quadriceps
    };

    /// <summary>"45 s", "2 min 05 s", "3 h 14 min": past an hour the seconds are noise ("194 min 34 s" read badly).</summary>
    public static string Duration(int? seconds) => seconds switch
    {
        null => "no duration yet",
        < 60 => $"{seconds} s",
        < 3600 => $"{seconds / 60} min {seconds % 60:00} s",
        _ => $"{seconds / 3600} h {seconds % 3600 / 60} min",
    };
}

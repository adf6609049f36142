using SpasmCoach.Core.CheckIns;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Features.CheckIns;

/// <summary>The check-in's choices as the form offers them (code, label).</summary>
public static class CheckInLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> Intensities =
    [
        (Codes.Of(ExerciseIntensity.None), "None"),
        (Codes.Of(ExerciseIntensity.Light), "Light"),
        (Codes.Of(ExerciseIntensity.Moderate), "Moderate"),
        (Codes.Of(ExerciseIntensity.Vigorous), "Vigorous"),
    ];

    /// <summary>Knee swelling, in the form's own codes (<see cref="CheckInFormModel.KneeSwelling"/>).</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Swelling = [("no", "No"), ("yes", "Yes")];
}

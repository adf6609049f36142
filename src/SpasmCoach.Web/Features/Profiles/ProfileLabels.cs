using SpasmCoach.Core.Targets;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Features.Profiles;

/// <summary>The profile's choices as the form offers them (code, label).</summary>
public static class ProfileLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> Sexes =
    [
        (Codes.Of(Sex.Female), "Female"),
        (Codes.Of(Sex.Male), "Male"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> LifeStages =
    [
        (Codes.Of(LifeStage.None), "Neither"),
        (Codes.Of(LifeStage.Pregnant), "Pregnant"),
        (Codes.Of(LifeStage.Lactating), "Breastfeeding"),
    ];
}

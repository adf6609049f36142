using System.Globalization;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Targets;

namespace SpasmCoach.Web.Features.Nutrition;

/// <summary>How targets and amounts read on the pages.</summary>
public static class NutritionLabels
{
    public static string Name(Mineral mineral) => mineral.ToString();

    public static string Mg(double value) => Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture) + " mg";

    /// <summary>"RDA 1,200 mg", "AI 2,600 mg", "keep below 2,300 mg".</summary>
    public static string Target(MineralTarget target) => target.Kind switch
    {
        TargetKind.Rda => $"RDA {Mg(target.Mg)}",
        TargetKind.Ai => $"AI {Mg(target.Mg)}",
        _ => $"reduce if above {Mg(target.Mg)}",
    };

    public static string KindExplained(TargetKind kind) => kind switch
    {
        TargetKind.Rda => "Recommended Dietary Allowance",
        TargetKind.Ai => "Adequate Intake",
        _ => "Chronic Disease Risk Reduction intake (a ceiling)",
    };

    public static string Per100(double? value, string unit) =>
        value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) + " " + unit : "not reported";
}

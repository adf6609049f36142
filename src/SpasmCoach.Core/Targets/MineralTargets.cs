using NodaTime;
using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Core.Targets;

/// <summary>What kind of figure a target is.</summary>
public enum TargetKind
{
    /// <summary>Recommended Dietary Allowance: enough for nearly all healthy people.</summary>
    Rda,

    /// <summary>Adequate Intake: used where the evidence is too thin for an RDA.</summary>
    Ai,

    /// <summary>Chronic Disease Risk Reduction intake: a ceiling; reduce intakes above it (sodium).</summary>
    Cdrr,
}

/// <summary>A daily target for one mineral, with its kind and the table row it comes from.</summary>
public sealed record MineralTarget(Mineral Mineral, double Mg, TargetKind Kind, string Group)
{
    /// <summary>True when the target is a ceiling (more is worse), false when it is an amount to reach.</summary>
    public bool IsCeiling => Kind == TargetKind.Cdrr;
}

/// <summary>
/// Daily intake targets for calcium, magnesium, potassium and sodium: US/Canada Dietary Reference Intakes
/// (National Academies: Calcium 2011, Magnesium 1997, Potassium and Sodium 2019) as summarised in the NIH Office of
/// Dietary Supplements fact sheets, transcribed in clinical-facts.md §1. Values in mg/day. One table; the tests
/// check it against clinical-facts.md.
/// </summary>
public static class MineralTargets
{
    public const string Source = "US/Canada Dietary Reference Intakes (National Academies; NIH Office of Dietary Supplements fact sheets)";

    /// <summary>Upper limit for magnesium from supplements and medicines only (food magnesium does not count).</summary>
    public const string MagnesiumUpperLimitSource = "Tolerable Upper Intake Level for supplemental magnesium, National Academies DRI 1997 (NIH ODS)";

    // A row covers ages [FromMonths, ToMonths) in completed months. Columns: male, female, pregnant, lactating (0 = none).
    private sealed record Row(int FromMonths, int ToMonths, string Band, double Male, double Female, double Pregnant = 0, double Lactating = 0);

    private const int Year = 12;
    private const int Always = int.MaxValue;

    private static readonly Row[] Calcium =
    [
        new(0, 7, "0–6 mo", 200, 200),
        new(7, 1 * Year, "7–12 mo", 260, 260),
        new(1 * Year, 4 * Year, "1–3 y", 700, 700),
        new(4 * Year, 9 * Year, "4–8 y", 1000, 1000),
        new(9 * Year, 14 * Year, "9–13 y", 1300, 1300),
        new(14 * Year, 19 * Year, "14–18 y", 1300, 1300, 1300, 1300),
        new(19 * Year, 51 * Year, "19–50 y", 1000, 1000, 1000, 1000),
        new(51 * Year, 71 * Year, "51–70 y", 1000, 1200),
        new(71 * Year, Always, "71+ y", 1200, 1200),
    ];

    private static readonly Row[] Magnesium =
    [
        new(0, 7, "0–6 mo", 30, 30),
        new(7, 1 * Year, "7–12 mo", 75, 75),
        new(1 * Year, 4 * Year, "1–3 y", 80, 80),
        new(4 * Year, 9 * Year, "4–8 y", 130, 130),
        new(9 * Year, 14 * Year, "9–13 y", 240, 240),
        new(14 * Year, 19 * Year, "14–18 y", 410, 360, 400, 360),
        new(19 * Year, 31 * Year, "19–30 y", 400, 310, 350, 310),
        new(31 * Year, 51 * Year, "31–50 y", 420, 320, 360, 320),
        new(51 * Year, Always, "51+ y", 420, 320),
    ];

    private static readonly Row[] Potassium =
    [
        new(0, 7, "0–6 mo", 400, 400),
        new(7, 1 * Year, "7–12 mo", 860, 860),
        new(1 * Year, 4 * Year, "1–3 y", 2000, 2000),
        new(4 * Year, 9 * Year, "4–8 y", 2300, 2300),
        new(9 * Year, 14 * Year, "9–13 y", 2500, 2300),
        new(14 * Year, 19 * Year, "14–18 y", 3000, 2300, 2600, 2500),
        new(19 * Year, Always, "19+ y", 3400, 2600, 2900, 2800),
    ];

    // Sodium: the Chronic Disease Risk Reduction intake (a ceiling); no figure for infants in clinical-facts §1.
    private static readonly Row[] SodiumCeiling =
    [
        new(1 * Year, 4 * Year, "1–3 y", 1200, 1200),
        new(4 * Year, 9 * Year, "4–8 y", 1500, 1500),
        new(9 * Year, 14 * Year, "9–13 y", 1800, 1800),
        new(14 * Year, Always, "14+ y", 2300, 2300),
    ];

    private static readonly Row[] SodiumAdequate =
    [
        new(1 * Year, 4 * Year, "1–3 y", 800, 800),
        new(4 * Year, 9 * Year, "4–8 y", 1000, 1000),
        new(9 * Year, 14 * Year, "9–13 y", 1200, 1200),
        new(14 * Year, Always, "14+ y", 1500, 1500),
    ];

    private static readonly Row[] MagnesiumSupplementLimit =
    [
        new(1 * Year, 4 * Year, "1–3 y", 65, 65),
        new(4 * Year, 9 * Year, "4–8 y", 110, 110),
        new(9 * Year, Always, "9+ y", 350, 350),
    ];

    /// <summary>
    /// The daily target for <paramref name="mineral"/> for someone born on <paramref name="birthDate"/>, on
    /// <paramref name="day"/>. Calcium and magnesium are RDAs (AIs under one year), potassium an AI, sodium the
    /// risk-reduction ceiling. Null where the table has no figure.
    /// </summary>
    public static MineralTarget? For(Mineral mineral, LocalDate birthDate, LocalDate day, Sex sex, LifeStage lifeStage)
    {
        var months = Age.MonthsOn(birthDate, day);
        var (rows, kind) = mineral switch
        {
            Mineral.Calcium => (Calcium, months < Year ? TargetKind.Ai : TargetKind.Rda),
            Mineral.Magnesium => (Magnesium, months < Year ? TargetKind.Ai : TargetKind.Rda),
            Mineral.Potassium => (Potassium, TargetKind.Ai),
            _ => (SodiumCeiling, TargetKind.Cdrr),
        };
        return Lookup(rows, months, sex, lifeStage) is { } found ? new MineralTarget(mineral, found.Mg, kind, found.Group) : null;
    }

    /// <summary>The sodium Adequate Intake (the amount to reach; the target from <see cref="For"/> is the ceiling).</summary>
    public static double? SodiumAdequateIntakeMg(LocalDate birthDate, LocalDate day) =>
        Lookup(SodiumAdequate, Age.MonthsOn(birthDate, day), Sex.Female, LifeStage.None)?.Mg;

    /// <summary>The upper limit for magnesium from supplements and medicines, mg/day; null under one year.</summary>
    public static double? MagnesiumSupplementUpperLimitMg(LocalDate birthDate, LocalDate day) =>
        Lookup(MagnesiumSupplementLimit, Age.MonthsOn(birthDate, day), Sex.Female, LifeStage.None)?.Mg;

    private static (double Mg, string Group)? Lookup(Row[] rows, int months, Sex sex, LifeStage lifeStage)
    {
        var row = rows.FirstOrDefault(r => months >= r.FromMonths && months < r.ToMonths);
        if (row is null)
        {
            return null;
        }
        if (sex == Sex.Female && lifeStage == LifeStage.Pregnant && row.Pregnant > 0)
        {
            return (row.Pregnant, $"pregnant {row.Band}");
        }
        if (sex == Sex.Female && lifeStage == LifeStage.Lactating && row.Lactating > 0)
        {
            return (row.Lactating, $"lactating {row.Band}");
        }
        return sex == Sex.Male ? (row.Male, $"male {row.Band}") : (row.Female, $"female {row.Band}");
    }
}

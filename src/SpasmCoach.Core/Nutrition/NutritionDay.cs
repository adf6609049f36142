using System.Globalization;
using NodaTime;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Targets;

namespace SpasmCoach.Core.Nutrition;

/// <summary>
/// A diary day's total for one mineral. <see cref="AmountMg"/> adds up only what is known; when some foods have no
/// figure the total is a lower bound, and <see cref="Summary"/> says so ("at least 212 mg, 2 of 7 foods have no
/// magnesium data"). Unknown is never shown as zero.
/// </summary>
public sealed record MineralTotal(Mineral Mineral, double AmountMg, int FoodsLogged, int FoodsWithoutData, MineralTarget? Target)
{
    public bool IsLowerBound => FoodsWithoutData > 0;

    /// <summary>How far below the target the day is; null when there is no target, it is a ceiling, or it is met.</summary>
    public double? GapMg => Target is { IsCeiling: false } t && AmountMg < t.Mg ? t.Mg - AmountMg : null;

    public bool AboveCeiling => Target is { IsCeiling: true } t && AmountMg > t.Mg;

    public string Summary()
    {
        var amount = Math.Round(AmountMg).ToString("#,0", CultureInfo.InvariantCulture) + " mg";
        if (FoodsLogged == 0)
        {
            return "nothing logged";
        }
        if (FoodsWithoutData == FoodsLogged)
        {
            return FoodCount.NoneHaveData(Name(Mineral), FoodsLogged);
        }
        return IsLowerBound ? $"at least {amount}, {FoodCount.SomeLackData(Name(Mineral), FoodsLogged, FoodsWithoutData)}" : amount;
    }

    public static string Name(Mineral mineral) => mineral.ToString().ToLowerInvariant();
}

/// <summary>A warning about supplements, with the source it rests on.</summary>
public sealed record SupplementWarning(string Code, string Message, string Source);

/// <summary>A diary day's food and supplements: energy, water from food, the four minerals, and warnings.</summary>
public sealed record NutritionDay(
    LocalDate Date,
    double EnergyKcal,
    int FoodsLogged,
    int FoodsWithoutEnergy,
    FoodWater WaterFromFood,
    IReadOnlyList<MineralTotal> Minerals,
    double SupplementMagnesiumMg,
    IReadOnlyList<SupplementWarning> Warnings)
{
    public MineralTotal Of(Mineral mineral) => Minerals.First(m => m.Mineral == mineral);

    public static readonly Mineral[] Tracked = [Mineral.Calcium, Mineral.Magnesium, Mineral.Potassium, Mineral.Sodium];

    /// <summary>Adds up a day's entries against the person's targets (clinical-facts §1).</summary>
    public static NutritionDay For(LocalDate day, IReadOnlyCollection<FoodEntry> entries, Profile profile)
    {
        var minerals = Tracked.Select(mineral =>
        {
            var values = entries.Select(e => e.Nutrients.Mineral(mineral)).ToList();
            var target = profile.BirthDate is { } born && profile.Sex is { } sex
                ? MineralTargets.For(mineral, born, day, sex, profile.LifeStage)
                : null;
            return new MineralTotal(mineral, values.Sum(v => v ?? 0), values.Count, values.Count(v => v is null), target);
        }).ToList();
        var supplementMagnesium = entries.Where(e => e.IsSupplement).Sum(e => e.MagnesiumMg ?? 0);
        return new NutritionDay(
            day,
            entries.Sum(e => e.EnergyKcal ?? 0),
            entries.Count,
            entries.Count(e => e.EnergyKcal is null),
            FoodWater.Of([.. entries.Select(e => e.WaterG)]),
            minerals,
            supplementMagnesium,
            WarningsFor(day, entries, profile, supplementMagnesium));
    }

    private static List<SupplementWarning> WarningsFor(LocalDate day, IReadOnlyCollection<FoodEntry> entries, Profile profile, double supplementMagnesium)
    {
        var warnings = new List<SupplementWarning>();
        // Without a birth date, use the adult limit: it applies from 9 years on.
        var limit = profile.BirthDate is { } born ? MineralTargets.MagnesiumSupplementUpperLimitMg(born, day) : 350;
        if (limit is { } l && supplementMagnesium > l)
        {
            warnings.Add(new SupplementWarning(
                "magnesium-above-upper-limit",
                $"Magnesium from supplements today is {supplementMagnesium:0} mg, above the upper limit of {l:0} mg a day for supplemental magnesium. " +
                // "Diarrhoea" read as a misspelling to US readers (and "diarrhea" would to UK ones): what it means, in words both read alike.
                "Above it, loose, watery stools and cramping are the usual effects. People with kidney disease should not take magnesium supplements without medical advice.",
                MineralTargets.MagnesiumUpperLimitSource));
        }
        var potassiumSupplement = entries.Any(e => e.IsSupplement && e.PotassiumMg > 0);
        if (potassiumSupplement && (profile.KidneyDisease || profile.PotassiumRaisingMedicine))
        {
            warnings.Add(new SupplementWarning(
                "potassium-supplement-risk",
                "You logged a potassium supplement, and your profile says " +
                (profile.KidneyDisease ? "you have kidney disease" : "you take a medicine that raises potassium (such as an ACE inhibitor, an ARB or a potassium-sparing diuretic)") +
                ". Potassium supplements and salt substitutes are a risk then: please ask your clinician to check before taking more.",
                "National Academies DRI for potassium (2019), NIH Office of Dietary Supplements potassium fact sheet"));
        }
        return warnings;
    }
}

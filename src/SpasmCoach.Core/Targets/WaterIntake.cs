using NodaTime;

namespace SpasmCoach.Core.Targets;

/// <summary>A daily water target from the US/Canada adequate intake.</summary>
/// <param name="TotalMl">Total water (drinks plus water in food), ml per day.</param>
/// <param name="DrinksMl">The part of it expected from drinks, ml per day.</param>
/// <param name="Group">The table row it comes from, e.g. "female 19+ y".</param>
public sealed record WaterTarget(double TotalMl, double DrinksMl, string Group)
{
    /// <summary>The source every figure here comes from (clinical-facts.md §1).</summary>
    public const string Source = "US/Canada Adequate Intake for water, National Academies DRI 2004 (NIH ODS summary)";
}

/// <summary>
/// The Adequate Intake for water by age, sex and life stage: National Academies, Dietary Reference Intakes for
/// Water, Potassium, Sodium, Chloride, and Sulfate (2004), as summarised in clinical-facts.md §1.
/// </summary>
public static class WaterIntake
{
    private sealed record Row(int FromYears, int ToYears, double MaleTotal, double MaleDrinks, double FemaleTotal, double FemaleDrinks);

    // Litres per day; clinical-facts.md §1 "Water (AI, 2004)".
    private static readonly Row[] Rows =
    [
        new(1, 3, 1.3, 0.9, 1.3, 0.9),
        new(4, 8, 1.7, 1.2, 1.7, 1.2),
        new(9, 13, 2.4, 1.8, 2.1, 1.6),
        new(14, 18, 3.3, 2.6, 2.3, 1.8),
        new(19, int.MaxValue, 3.7, 3.0, 2.7, 2.2),
    ];

    // Pregnancy and lactation rows apply from 14 to 50 years.
    private static readonly (double Total, double Drinks) Pregnant = (3.0, 2.3);
    private static readonly (double Total, double Drinks) Lactating = (3.8, 3.1);

    /// <summary>
    /// The target for someone born on <paramref name="birthDate"/>, on <paramref name="day"/>. Null under one year
    /// of age, where the table gives no drinks figure.
    /// </summary>
    public static WaterTarget? For(LocalDate birthDate, LocalDate day, Sex sex, LifeStage lifeStage)
    {
        var years = Age.YearsOn(birthDate, day);
        if (years < 1)
        {
            return null;
        }
        if (sex == Sex.Female && years is >= LifeStages.FromYears and <= LifeStages.ToYears && lifeStage != LifeStage.None)
        {
            var (total, drinks) = lifeStage == LifeStage.Pregnant ? Pregnant : Lactating;
            return new WaterTarget(total * 1000, drinks * 1000, lifeStage == LifeStage.Pregnant ? "pregnant 14–50 y" : "lactating 14–50 y");
        }
        var row = Rows.First(r => years >= r.FromYears && years <= r.ToYears);
        var band = row.ToYears == int.MaxValue ? $"{row.FromYears}+ y" : $"{row.FromYears}–{row.ToYears} y";
        return sex == Sex.Male
            ? new WaterTarget(row.MaleTotal * 1000, row.MaleDrinks * 1000, $"male {band}")
            : new WaterTarget(row.FemaleTotal * 1000, row.FemaleDrinks * 1000, $"female {band}");
    }
}

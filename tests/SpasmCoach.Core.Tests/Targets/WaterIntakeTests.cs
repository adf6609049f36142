using NodaTime;
using SpasmCoach.Core.Targets;

namespace SpasmCoach.Core.Tests.Targets;

/// <summary>Expected values copied from clinical-facts.md §1 "Water (AI, 2004)" (litres/day, total and drinks).</summary>
public sealed class WaterIntakeTests
{
    private static readonly LocalDate Day = new(2026, 11, 24);

    private static LocalDate BornYearsAgo(int years, int extraDays = 0) => Day.PlusYears(-years).PlusDays(-extraDays);

    [Theory]
    [InlineData(1, Sex.Male, 1300, 900)]
    [InlineData(3, Sex.Female, 1300, 900)]
    [InlineData(4, Sex.Male, 1700, 1200)]
    [InlineData(8, Sex.Female, 1700, 1200)]
    [InlineData(9, Sex.Male, 2400, 1800)]
    [InlineData(9, Sex.Female, 2100, 1600)]
    [InlineData(13, Sex.Male, 2400, 1800)]
    [InlineData(13, Sex.Female, 2100, 1600)]
    [InlineData(14, Sex.Male, 3300, 2600)]
    [InlineData(14, Sex.Female, 2300, 1800)]
    [InlineData(18, Sex.Male, 3300, 2600)]
    [InlineData(18, Sex.Female, 2300, 1800)]
    [InlineData(19, Sex.Male, 3700, 3000)]
    [InlineData(19, Sex.Female, 2700, 2200)]
    [InlineData(50, Sex.Female, 2700, 2200)]
    [InlineData(71, Sex.Male, 3700, 3000)]
    [InlineData(95, Sex.Female, 2700, 2200)]
    public void For_EachAgeBoundary_MatchesTheTable(int years, Sex sex, double totalMl, double drinksMl)
    {
        var target = WaterIntake.For(BornYearsAgo(years), Day, sex, LifeStage.None);

        Assert.NotNull(target);
        Assert.Equal(totalMl, target.TotalMl, 6);
        Assert.Equal(drinksMl, target.DrinksMl, 6);
    }

    [Fact]
    public void For_DayBeforeBirthday_StillTheYoungerBand()
    {
        // 18 years and 364 days old is still in the 14–18 row.
        var born = Day.PlusYears(-19).PlusDays(1);

        Assert.Equal(2600, WaterIntake.For(born, Day, Sex.Male, LifeStage.None)!.DrinksMl, 6);
        Assert.Equal(3000, WaterIntake.For(born, Day.PlusDays(1), Sex.Male, LifeStage.None)!.DrinksMl, 6);
    }

    [Theory]
    [InlineData(14, LifeStage.Pregnant, 3000, 2300)]
    [InlineData(30, LifeStage.Pregnant, 3000, 2300)]
    [InlineData(50, LifeStage.Pregnant, 3000, 2300)]
    [InlineData(14, LifeStage.Lactating, 3800, 3100)]
    [InlineData(50, LifeStage.Lactating, 3800, 3100)]
    public void For_PregnantOrLactatingFrom14To50_UsesThoseRows(int years, LifeStage stage, double totalMl, double drinksMl)
    {
        var target = WaterIntake.For(BornYearsAgo(years), Day, Sex.Female, stage)!;

        Assert.Equal(totalMl, target.TotalMl, 6);
        Assert.Equal(drinksMl, target.DrinksMl, 6);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(51)]
    public void For_PregnantOutside14To50_FallsBackToTheAgeRow(int years)
    {
        var pregnant = WaterIntake.For(BornYearsAgo(years), Day, Sex.Female, LifeStage.Pregnant)!;
        var none = WaterIntake.For(BornYearsAgo(years), Day, Sex.Female, LifeStage.None)!;

        Assert.Equal(none, pregnant);
    }

    [Fact]
    public void For_UnderOneYear_HasNoDrinksTarget()
    {
        Assert.Null(WaterIntake.For(Day.PlusMonths(-11), Day, Sex.Female, LifeStage.None));
    }
}

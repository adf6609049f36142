using NodaTime;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Targets;

namespace SpasmCoach.Core.Tests.Targets;

public sealed class MineralTargetsTests
{
    private static readonly LocalDate Day = new(2026, 11, 24);

    private static LocalDate BornMonthsAgo(int months) => Day.PlusMonths(-months);

    public static TheoryData<string, Mineral> Tables => new()
    {
        { "**Calcium", Mineral.Calcium },
        { "**Magnesium (RDA", Mineral.Magnesium },
        { "**Potassium", Mineral.Potassium },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void For_EveryCellOfClinicalFacts_MatchesAtBothEndsOfItsAgeBand(string heading, Mineral mineral)
    {
        var cells = ClinicalFactsTables.Table(heading);
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            var (sex, stage) = cell.Column switch
            {
                "male" => (Sex.Male, LifeStage.None),
                "female" => (Sex.Female, LifeStage.None),
                "pregnant" => (Sex.Female, LifeStage.Pregnant),
                _ => (Sex.Female, LifeStage.Lactating),
            };
            var last = cell.ToMonths == int.MaxValue ? cell.FromMonths + 240 : cell.ToMonths - 1;
            foreach (var months in new[] { cell.FromMonths, last })
            {
                var target = MineralTargets.For(mineral, BornMonthsAgo(months), Day, sex, stage);
                Assert.True(target is not null && target.Mg == cell.Value,
                    $"{mineral} {cell.Band} {cell.Column} at {months} months: expected {cell.Value}, got {target?.Mg}");
            }
        }
    }

    [Theory]
    [InlineData(Mineral.Calcium, Sex.Male, 8, 1000, 1300)]
    [InlineData(Mineral.Magnesium, Sex.Female, 8, 130, 240)]
    [InlineData(Mineral.Potassium, Sex.Male, 8, 2300, 2500)]
    [InlineData(Mineral.Sodium, Sex.Female, 8, 1500, 1800)]
    [InlineData(Mineral.Magnesium, Sex.Male, 13, 240, 410)]
    [InlineData(Mineral.Potassium, Sex.Male, 13, 2500, 3000)]
    [InlineData(Mineral.Sodium, Sex.Male, 13, 1800, 2300)]
    [InlineData(Mineral.Calcium, Sex.Female, 18, 1300, 1000)]
    [InlineData(Mineral.Magnesium, Sex.Female, 18, 360, 310)]
    [InlineData(Mineral.Potassium, Sex.Male, 18, 3000, 3400)]
    [InlineData(Mineral.Magnesium, Sex.Male, 30, 400, 420)]
    [InlineData(Mineral.Magnesium, Sex.Female, 30, 310, 320)]
    [InlineData(Mineral.Calcium, Sex.Female, 50, 1000, 1200)]
    [InlineData(Mineral.Calcium, Sex.Male, 50, 1000, 1000)]
    [InlineData(Mineral.Calcium, Sex.Male, 70, 1000, 1200)]
    [InlineData(Mineral.Calcium, Sex.Female, 70, 1200, 1200)]
    public void For_AgeBoundaries_ChangeOnTheBirthday(Mineral mineral, Sex sex, int yearsBefore, double before, double after)
    {
        // Values from clinical-facts.md §1. The day before the birthday still uses the younger row.
        var born = Day.PlusYears(-(yearsBefore + 1));

        Assert.Equal(before, MineralTargets.For(mineral, born, Day.PlusDays(-1), sex, LifeStage.None)!.Mg);
        Assert.Equal(after, MineralTargets.For(mineral, born, Day, sex, LifeStage.None)!.Mg);
    }

    [Theory]
    [InlineData(Mineral.Calcium, 17, LifeStage.Pregnant, 1300)]
    [InlineData(Mineral.Calcium, 30, LifeStage.Lactating, 1000)]
    [InlineData(Mineral.Magnesium, 17, LifeStage.Pregnant, 400)]
    [InlineData(Mineral.Magnesium, 25, LifeStage.Pregnant, 350)]
    [InlineData(Mineral.Magnesium, 35, LifeStage.Pregnant, 360)]
    [InlineData(Mineral.Magnesium, 35, LifeStage.Lactating, 320)]
    [InlineData(Mineral.Potassium, 16, LifeStage.Lactating, 2500)]
    [InlineData(Mineral.Potassium, 30, LifeStage.Pregnant, 2900)]
    [InlineData(Mineral.Potassium, 30, LifeStage.Lactating, 2800)]
    public void For_PregnancyAndLactation_UseTheirColumns(Mineral mineral, int years, LifeStage stage, double expected)
    {
        Assert.Equal(expected, MineralTargets.For(mineral, Day.PlusYears(-years), Day, Sex.Female, stage)!.Mg);
    }

    [Fact]
    public void For_Kinds_AreRdaAiAndCeiling()
    {
        var adult = Day.PlusYears(-40);

        Assert.Equal(TargetKind.Rda, MineralTargets.For(Mineral.Calcium, adult, Day, Sex.Female, LifeStage.None)!.Kind);
        Assert.Equal(TargetKind.Rda, MineralTargets.For(Mineral.Magnesium, adult, Day, Sex.Female, LifeStage.None)!.Kind);
        Assert.Equal(TargetKind.Ai, MineralTargets.For(Mineral.Potassium, adult, Day, Sex.Female, LifeStage.None)!.Kind);
        Assert.Equal(TargetKind.Ai, MineralTargets.For(Mineral.Calcium, Day.PlusMonths(-3), Day, Sex.Female, LifeStage.None)!.Kind);
        var sodium = MineralTargets.For(Mineral.Sodium, adult, Day, Sex.Female, LifeStage.None)!;
        Assert.Equal(TargetKind.Cdrr, sodium.Kind);
        Assert.True(sodium.IsCeiling);
    }

    [Theory]
    [InlineData(2, 1200, 800)]
    [InlineData(6, 1500, 1000)]
    [InlineData(10, 1800, 1200)]
    [InlineData(14, 2300, 1500)]
    [InlineData(80, 2300, 1500)]
    public void Sodium_CeilingAndAdequateIntake_MatchClinicalFacts(int years, double ceiling, double adequate)
    {
        // clinical-facts.md §1 "Sodium (2019)"
        var born = Day.PlusYears(-years);

        Assert.Equal(ceiling, MineralTargets.For(Mineral.Sodium, born, Day, Sex.Male, LifeStage.None)!.Mg);
        Assert.Equal(adequate, MineralTargets.SodiumAdequateIntakeMg(born, Day));
    }

    [Theory]
    [InlineData(2, 65)]
    [InlineData(8, 110)]
    [InlineData(9, 350)]
    [InlineData(70, 350)]
    public void MagnesiumSupplementUpperLimit_ByAge(int years, double limit)
    {
        Assert.Equal(limit, MineralTargets.MagnesiumSupplementUpperLimitMg(Day.PlusYears(-years), Day));
    }

    /// <summary>The profile accepts pregnancy and breastfeeding from <see cref="LifeStages.FromYears"/>: where the tables' rows start.</summary>
    [Theory]
    [InlineData(Mineral.Calcium)]
    [InlineData(Mineral.Magnesium)]
    [InlineData(Mineral.Potassium)]
    public void For_PregnancyRows_StartAtTheAgeTheProfileAccepts(Mineral mineral)
    {
        var born = Day.PlusYears(-LifeStages.FromYears);

        Assert.StartsWith("pregnant", MineralTargets.For(mineral, born, Day, Sex.Female, LifeStage.Pregnant)!.Group, StringComparison.Ordinal);
        Assert.StartsWith("female", MineralTargets.For(mineral, born, Day.PlusDays(-1), Sex.Female, LifeStage.Pregnant)!.Group, StringComparison.Ordinal);
        Assert.Equal("pregnant 14–50 y", WaterIntake.For(born, Day, Sex.Female, LifeStage.Pregnant)!.Group);
        Assert.Equal("female 9–13 y", WaterIntake.For(born, Day.PlusDays(-1), Sex.Female, LifeStage.Pregnant)!.Group);
    }

    [Fact]
    public void For_PregnantOver50_UsesTheAgeRow()
    {
        var born = Day.PlusYears(-52);

        Assert.Equal(320, MineralTargets.For(Mineral.Magnesium, born, Day, Sex.Female, LifeStage.Pregnant)!.Mg);
        // A profile stored before the profile refused this still gets a drinks goal: her own age row's.
        Assert.StartsWith("female ", WaterIntake.For(born, Day, Sex.Female, LifeStage.Lactating)!.Group, StringComparison.Ordinal);
    }

    /// <summary>The profile accepts pregnancy and breastfeeding up to <see cref="LifeStages.ToYears"/>: where the tables' rows end.</summary>
    [Fact]
    public void For_PregnancyRows_EndAtTheAgeTheProfileAccepts()
    {
        var fifty = Day.PlusYears(-LifeStages.ToYears);
        var fiftyOne = fifty.PlusYears(-1);

        Assert.Equal("pregnant 14–50 y", WaterIntake.For(fifty, Day, Sex.Female, LifeStage.Pregnant)!.Group);
        Assert.StartsWith("pregnant", MineralTargets.For(Mineral.Calcium, fifty, Day, Sex.Female, LifeStage.Pregnant)!.Group, StringComparison.Ordinal);
        Assert.StartsWith("female", WaterIntake.For(fiftyOne, Day, Sex.Female, LifeStage.Pregnant)!.Group, StringComparison.Ordinal);
        Assert.StartsWith("female", MineralTargets.For(Mineral.Calcium, fiftyOne, Day, Sex.Female, LifeStage.Pregnant)!.Group, StringComparison.Ordinal);
    }

    [Fact]
    public void For_SodiumUnderOneYear_HasNoFigure()
    {
        Assert.Null(MineralTargets.For(Mineral.Sodium, Day.PlusMonths(-5), Day, Sex.Female, LifeStage.None));
    }
}

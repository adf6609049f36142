using NodaTime;
using SpasmCoach.Core.Targets;

namespace SpasmCoach.Core.Tests.Targets;

public sealed class WaterTableTests
{
    private static readonly LocalDate Day = new(2026, 11, 24);

    [Fact]
    public void For_EveryRowOfClinicalFacts_MatchesTheWaterTable()
    {
        var cells = ClinicalFactsTables.Table("**Water (AI, 2004)");
        Assert.NotEmpty(cells);
        foreach (var cell in cells.Where(c => c.Band.EndsWith('y')))
        {
            var sex = cell.Column.StartsWith("male", StringComparison.Ordinal) ? Sex.Male : Sex.Female;
            var last = cell.ToMonths == int.MaxValue ? cell.FromMonths + 240 : cell.ToMonths - 1;
            foreach (var months in new[] { cell.FromMonths, last })
            {
                var target = WaterIntake.For(Day.PlusMonths(-months), Day, sex, LifeStage.None)!;
                var value = cell.Column.EndsWith("total", StringComparison.Ordinal) ? target.TotalMl : target.DrinksMl;
                Assert.True(Math.Abs(value - cell.Value * 1000) < 1e-6, $"{cell.Band} {cell.Column}: expected {cell.Value} L, got {value} ml");
            }
        }
    }
}

using SpasmCoach.Core.Units;

namespace SpasmCoach.Core.Tests.Units;

public sealed class MeasuresTests
{
    [Fact]
    public void Volume_OneUsCup_Is236Point5882365Ml()
    {
        Assert.Equal(236.5882365, Volume.MlPerUsCup, 9);
        Assert.Equal(8, Volume.ToFluidOunces(Volume.MlPerUsCup), 9);
    }

    [Theory]
    [InlineData(250, DisplayUnits.Metric, "250 ml")]
    [InlineData(2200, DisplayUnits.Metric, "2.2 L")]
    [InlineData(236.5882365, DisplayUnits.Us, "8 fl oz (1 cup)")]
    [InlineData(100, DisplayUnits.Us, "3.4 fl oz")]
    public void Volume_Format_UsesThePersonsUnits(double ml, DisplayUnits units, string expected)
    {
        Assert.Equal(expected, Volume.Format(ml, units));
    }

    [Fact]
    public void Mass_PoundRoundTrip_IsExact()
    {
        Assert.Equal(70, Mass.FromDisplay(Mass.ToDisplay(70, DisplayUnits.Us), DisplayUnits.Us), 9);
        Assert.Equal(154.3, Mass.ToDisplay(70, DisplayUnits.Us), 1);
    }

    [Theory]
    [InlineData(118, DisplayUnits.Metric, "118 g")]
    [InlineData(113.4, DisplayUnits.Metric, "113.4 g")]
    [InlineData(118, DisplayUnits.Us, "4.2 oz (118 g)")]
    public void FormatFoodGrams_InTheUnitsShown(double grams, DisplayUnits units, string expected) =>
        Assert.Equal(expected, Mass.FormatFoodGrams(grams, units));

    [Fact]
    public void Alcohol_AUsStandardDrink_Is14GramsOfPureAlcohol_About1Point77UkUnits()
    {
        // NIAAA: 14 g; NHS: a unit is 10 ml of pure alcohol; ethanol 0.789 g/ml (docs/clinical-facts.md §6).
        Assert.Equal(1.774, Alcohol.UkUnitsPerUsStandardDrink, 3);
        Assert.Equal(14, Alcohol.FromDisplay(1, DisplayUnits.Us) * Alcohol.GramsPerUkUnit, 9);
        Assert.Equal(2, Alcohol.ToDisplay(Alcohol.FromDisplay(2, DisplayUnits.Us), DisplayUnits.Us), 9);
        Assert.Equal(3, Alcohol.FromDisplay(3, DisplayUnits.Metric));
    }

    [Theory]
    [InlineData(1, DisplayUnits.Metric, "1 UK unit")]
    [InlineData(2.5, DisplayUnits.Metric, "2.5 UK units")]
    [InlineData(0, DisplayUnits.Metric, "0 UK units")]
    [InlineData(1.7744, DisplayUnits.Us, "1 standard drink")]
    [InlineData(3.55, DisplayUnits.Us, "2 standard drinks")]
    [InlineData(1, DisplayUnits.Us, "0.6 standard drinks")]
    public void Alcohol_Format_CountsInThePersonsMeasure(double ukUnits, DisplayUnits units, string expected) =>
        Assert.Equal(expected, Alcohol.Format(ukUnits, units));
}

using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Core.Tests.Nutrition;

public sealed class FoodTableTests
{
    [Fact]
    public void Parse_ProductCopy_HasEveryFoodAndPortion()
    {
        Assert.Equal(8790, UsdaData.Table.Foods.Count);
        Assert.Equal(15437, UsdaData.Table.Foods.Sum(f => f.Portions.Count));
        Assert.Equal(7754, UsdaData.Table.Foods.Count(f => f.InSrLegacy));
    }

    [Theory]
    // Missing counts from FoodData/README.md: an empty cell is unknown, never zero.
    [InlineData("energy", 0)]
    [InlineData("water", 1)]
    [InlineData("calcium", 348)]
    [InlineData("magnesium", 739)]
    [InlineData("potassium", 426)]
    [InlineData("sodium", 83)]
    public void Parse_EmptyCells_AreUnknownNotZero(string nutrient, int missing)
    {
        var values = UsdaData.Table.Foods.Select(f => nutrient switch
        {
            "energy" => f.Per100G.EnergyKcal,
            "water" => f.Per100G.WaterG,
            "calcium" => f.Per100G.CalciumMg,
            "magnesium" => f.Per100G.MagnesiumMg,
            "potassium" => f.Per100G.PotassiumMg,
            _ => f.Per100G.SodiumMg,
        });

        Assert.Equal(missing, values.Count(v => v is null));
    }

    [Theory]
    // Spot values from FoodData/README.md "Validation"; per portion = per 100 g × gram weight ÷ 100.
    [InlineData("11457", 1, 30, "calcium", 99 * 30 / 100.0)]
    [InlineData("09040", 2, 118, "potassium", 358 * 118 / 100.0)]
    [InlineData("01077", 1, 244, "calcium", 113 * 244 / 100.0)]
    [InlineData("12061", 1, 28.35, "magnesium", 270 * 28.35 / 100.0)]
    [InlineData("11233", 1, 16, "calcium", 150 * 16 / 100.0)]
    [InlineData("14411", 1, 237, "calcium", 3 * 237 / 100.0)]
    public void PortionNutrients_FollowUsdaFormula(string ndbNo, int seq, double grams, string mineral, double expected)
    {
        var food = UsdaData.Table.Find(ndbNo)!;
        var portion = food.Portions.FirstOrDefault(p => Math.Abs(p.GramWeight - grams) < 0.001);

        Assert.NotNull(portion);
        Assert.True(seq >= 1);
        var values = food.In(portion.GramWeight);
        var actual = mineral switch
        {
            "calcium" => values.CalciumMg,
            "magnesium" => values.MagnesiumMg,
            _ => values.PotassiumMg,
        };
        Assert.Equal(expected, actual!.Value, 9);
    }

    [Fact]
    public void SpotValues_Per100G_MatchTheReadme()
    {
        var spinach = UsdaData.Table.Find("11457")!;
        var banana = UsdaData.Table.Find("09040")!;

        Assert.Equal(new NutrientValues(23, 91.40, 99, 79, 558, 79), spinach.Per100G);
        Assert.Equal("Bananas, raw", banana.Description);
        Assert.Equal(358, banana.Per100G.PotassiumMg);
        Assert.Contains(banana.Portions, p => p.Description.StartsWith("medium", StringComparison.Ordinal) && p.GramWeight == 118);
    }

    [Fact]
    public void Find_KeepsLeadingZeros()
    {
        Assert.NotNull(UsdaData.Table.Find("09040"));
        Assert.Null(UsdaData.Table.Find("9040"));
    }
}

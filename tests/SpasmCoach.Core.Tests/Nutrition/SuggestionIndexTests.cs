using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Core.Tests.Nutrition;

public sealed class SuggestionIndexTests
{
    private static readonly Lazy<SuggestionIndex> Index = new(() => new SuggestionIndex(UsdaData.Table));

    [Theory]
    [InlineData(Mineral.Calcium)]
    [InlineData(Mineral.Magnesium)]
    [InlineData(Mineral.Potassium)]
    public void For_EachMineral_SuggestsPlainWholeFoodsWithRealPortions(Mineral mineral)
    {
        var suggestions = Index.Value.For(mineral, [], 5);

        Assert.Equal(5, suggestions.Count);
        Assert.All(suggestions, s =>
        {
            Assert.True(s.Food.InSrLegacy);
            Assert.NotEqual("Baby Foods", s.Food.FoodGroup);
            Assert.False(FoodSearch.HasBrand(s.Food.Description));
            Assert.Equal(s.Food.In(s.Portion.GramWeight * s.Quantity).Mineral(mineral), s.AddsMg);
        });
        Assert.True(suggestions.Zip(suggestions.Skip(1)).All(p => p.First.AddsMg >= p.Second.AddsMg));
    }

    [Theory]
    [InlineData(FoodAvoidance.Dairy)]
    [InlineData(FoodAvoidance.Nuts)]
    [InlineData(FoodAvoidance.Fish)]
    [InlineData(FoodAvoidance.Meat)]
    [InlineData(FoodAvoidance.Gluten)]
    public void For_AvoidedFoods_AreLeftOut(FoodAvoidance avoidance)
    {
        foreach (var mineral in new[] { Mineral.Calcium, Mineral.Magnesium, Mineral.Potassium })
        {
            Assert.DoesNotContain(Index.Value.For(mineral, [avoidance], 20), s => SuggestionIndex.Avoided(s.Food, avoidance));
        }
    }

    [Fact]
    public void For_Calcium_WithoutAvoidance_IncludesDairy()
    {
        Assert.Contains(Index.Value.For(Mineral.Calcium, [], 20), s => s.Food.FoodGroup == "Dairy and Egg Products");
    }

    [Fact]
    public void For_Sodium_SuggestsNothing()
    {
        Assert.Empty(Index.Value.For(Mineral.Sodium, [], 5));
    }
}

using NodaTime;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Time;

namespace SpasmCoach.Core.Tests.Nutrition;

public sealed class FoodEntryRulesTests
{
    private static readonly DiaryCalendar Utc = new(DateTimeZone.Utc, DiaryDayRule.Default);
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 12, 0);
    private static Food Banana => UsdaData.Table.Find("09040")!;

    private static (FoodEntry Entry, SpasmCoach.Core.Validation.ValidationErrors Errors) Log(FoodEntryInput input)
    {
        var entry = new FoodEntry { UserId = "u" };
        return (entry, FoodEntryRules.ApplyUsda(input, Banana, entry, Utc, Now));
    }

    [Fact]
    public void ApplyUsda_OneMediumBanana_Is118GramsAnd422MgPotassium()
    {
        var medium = Banana.Portions.First(p => p.GramWeight == 118);

        var (entry, errors) = Log(new FoodEntryInput("2026-11-24T08:00", "09040", medium.Seq, 1, null));

        Assert.True(errors.IsEmpty);
        Assert.Equal(118, entry.Grams);
        Assert.Equal(358 * 1.18, entry.PotassiumMg!.Value, 9);
        Assert.Equal("Bananas, raw", entry.Description);
        Assert.Contains("118 g", entry.AmountLabel);
    }

    [Fact]
    public void ApplyUsda_Grams_ScalePer100G()
    {
        var (entry, errors) = Log(new FoodEntryInput(null, "09040", null, null, 50));

        Assert.True(errors.IsEmpty);
        Assert.Equal(13.5, entry.MagnesiumMg!.Value, 9);
        Assert.Null(entry.PortionSeq);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(0.5, true)]
    [InlineData(50, true)]
    [InlineData(50.5, false)]
    public void ApplyUsda_Quantity_AboveZeroUpToFifty(double quantity, bool valid)
    {
        Assert.Equal(!valid, Log(new FoodEntryInput(null, "09040", Banana.Portions[0].Seq, quantity, null)).Errors.Has("quantity"));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(5000, true)]
    [InlineData(5000.1, false)]
    public void ApplyUsda_Grams_AboveZeroUpTo5000(double grams, bool valid)
    {
        Assert.Equal(!valid, Log(new FoodEntryInput(null, "09040", null, null, grams)).Errors.Has("grams"));
    }

    [Fact]
    public void ApplyUsda_UnknownPortion_NamesPortionSeq()
    {
        var (entry, errors) = Log(new FoodEntryInput(null, "09040", 99, 1, null));

        Assert.True(errors.Has("portionSeq"));
        Assert.Equal("", entry.Description);
    }

    [Fact]
    public void ApplyUsda_GramsAndPortion_IsRejected()
    {
        Assert.False(Log(new FoodEntryInput(null, "09040", 1, 1, 100)).Errors.IsEmpty);
    }

    [Theory]
    [InlineData(5000.0, null, true)]
    [InlineData(5000.1, "Must be from 0 to 5000 g per serving, or empty when unknown.", false)] // more water than a serving can weigh
    [InlineData(99999.0, "Must be from 0 to 5000 g per serving, or empty when unknown.", false)]
    public void ApplyCustomFood_WaterPerServing_AtMostWhatAServingCanWeigh(double waterG, string? message, bool valid)
    {
        var errors = FoodEntryRules.ApplyCustomFood(new CustomFoodInput("Magnesium citrate", "supplement", "1 tablet", null, waterG, null, 200, null, null), new CustomFood { UserId = "u" });

        Assert.Equal(valid, errors.IsEmpty);
        Assert.Equal(message is null ? [] : [message], errors.MessagesFor("waterG"));
    }

    [Fact]
    public void ApplyCustomFood_NutrientOverTheCeiling_SaysTheLimitWithItsUnit()
    {
        var errors = FoodEntryRules.ApplyCustomFood(new CustomFoodInput("Magnesium citrate", "supplement", "1 tablet", 100_001, null, null, 100_001, null, null), new CustomFood { UserId = "u" });

        Assert.Equal(["Must be from 0 to 100000 mg per serving, or empty when unknown."], errors.MessagesFor("magnesiumMg"));
        Assert.Equal(["Must be from 0 to 100000 kcal per serving, or empty when unknown."], errors.MessagesFor("energyKcal"));
    }

    [Fact]
    public void ApplyCustomFood_NegativeNutrient_IsRejected()
    {
        var food = new CustomFood { UserId = "u" };

        var errors = FoodEntryRules.ApplyCustomFood(new CustomFoodInput("Magnesium citrate", "supplement", "1 tablet", null, null, null, -200, null, null), food);

        Assert.True(errors.Has("magnesiumMg"));
        Assert.Equal("", food.Name);
    }

    [Fact]
    public void ApplyCustom_TwoTablets_DoubleThePerServingValues()
    {
        var food = new CustomFood { UserId = "u", Id = Guid.NewGuid() };
        FoodEntryRules.ApplyCustomFood(new CustomFoodInput("Magnesium citrate", "supplement", "1 tablet", null, null, null, 200, null, null), food);
        var entry = new FoodEntry { UserId = "u" };

        var errors = FoodEntryRules.ApplyCustom(new FoodEntryInput(null, null, null, 2, null, food.Id), food, entry, Utc, Now);

        Assert.True(errors.IsEmpty);
        Assert.True(entry.IsSupplement);
        Assert.Equal(400, entry.MagnesiumMg);
        Assert.Null(entry.CalciumMg);
    }
}

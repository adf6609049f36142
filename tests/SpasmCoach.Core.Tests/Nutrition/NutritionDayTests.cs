using NodaTime;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Targets;

namespace SpasmCoach.Core.Tests.Nutrition;

public sealed class NutritionDayTests
{
    private static readonly LocalDate Day = new(2026, 11, 24);

    private static Profile Woman(int years = 60) => new() { UserId = "u", BirthDate = Day.PlusYears(-years), Sex = Sex.Female };

    private static FoodEntry Entry(double? magnesium, double? water = null, bool supplement = false, double? potassium = null) =>
        new() { UserId = "u", MagnesiumMg = magnesium, WaterG = water, IsSupplement = supplement, PotassiumMg = potassium, EnergyKcal = 100 };

    [Fact]
    public void For_SomeFoodsWithoutData_SaysAtLeastAndCountsThem()
    {
        var entries = new[] { Entry(100), Entry(null), Entry(112), Entry(null), Entry(0), Entry(0), Entry(0) };

        var magnesium = NutritionDay.For(Day, entries, Woman()).Of(Mineral.Magnesium);

        Assert.Equal(212, magnesium.AmountMg);
        Assert.Equal(7, magnesium.FoodsLogged);
        Assert.Equal(2, magnesium.FoodsWithoutData);
        Assert.Equal("at least 212 mg, 2 of 7 foods have no magnesium data", magnesium.Summary());
        Assert.Equal(320, magnesium.Target!.Mg);
        Assert.Equal(108, magnesium.GapMg);
    }

    [Fact]
    public void For_NoFoodHasData_IsUnknownNotZero()
    {
        var magnesium = NutritionDay.For(Day, [Entry(null), Entry(null)], Woman()).Of(Mineral.Magnesium);

        Assert.StartsWith("unknown", magnesium.Summary());
    }

    [Theory]
    [InlineData(1, "unknown: the 1 food has no magnesium data")]
    [InlineData(3, "unknown: none of the 3 foods has magnesium data")]
    public void Summary_NoFoodHasData_CountsTheFoodsInEnglish(int foods, string expected)
    {
        var entries = Enumerable.Range(0, foods).Select(_ => Entry(null)).ToList();

        Assert.Equal(expected, NutritionDay.For(Day, entries, Woman()).Of(Mineral.Magnesium).Summary());
    }

    [Theory]
    [InlineData(0, "0 foods")]
    [InlineData(1, "1 food")]
    [InlineData(1200, "1,200 foods")]
    public void FoodCount_Of_IsSingularForOne(int count, string expected) => Assert.Equal(expected, FoodCount.Of(count));

    [Fact]
    public void For_WaterFromFood_AddsGramsAsMillilitres()
    {
        var day = NutritionDay.For(Day, [Entry(0, water: 87.5), Entry(0, water: 100), Entry(0, water: null)], Woman());

        Assert.Equal(187.5, day.WaterFromFood.Ml);
    }

    [Fact]
    public void For_SupplementalMagnesiumAboveTheUpperLimit_Warns()
    {
        var day = NutritionDay.For(Day, [Entry(200, supplement: true), Entry(200, supplement: true), Entry(300)], Woman());

        Assert.Equal(400, day.SupplementMagnesiumMg);
        Assert.Contains(day.Warnings, w => w.Code == "magnesium-above-upper-limit" && w.Message.Contains("350 mg"));
    }

    [Fact]
    public void For_FoodMagnesium_DoesNotCountTowardTheLimit()
    {
        var day = NutritionDay.For(Day, [Entry(340, supplement: true), Entry(900)], Woman());

        Assert.Empty(day.Warnings);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void For_PotassiumSupplementWithKidneyDiseaseOrMedicine_Warns(bool kidney, bool medicine, bool warns)
    {
        var profile = Woman();
        profile.KidneyDisease = kidney;
        profile.PotassiumRaisingMedicine = medicine;

        var day = NutritionDay.For(Day, [Entry(0, supplement: true, potassium: 99)], profile);

        Assert.Equal(warns, day.Warnings.Any(w => w.Code == "potassium-supplement-risk"));
    }

    [Fact]
    public void For_Sodium_IsACeiling()
    {
        var entries = new[] { new FoodEntry { UserId = "u", SodiumMg = 2500 } };

        var sodium = NutritionDay.For(Day, entries, Woman()).Of(Mineral.Sodium);

        Assert.Equal(TargetKind.Cdrr, sodium.Target!.Kind);
        Assert.True(sodium.AboveCeiling);
        Assert.Null(sodium.GapMg);
    }
}

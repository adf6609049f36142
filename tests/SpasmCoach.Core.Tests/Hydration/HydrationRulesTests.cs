using NodaTime;
using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Targets;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Units;

namespace SpasmCoach.Core.Tests.Hydration;

public sealed class HydrationRulesTests
{
    private static readonly DiaryCalendar Utc = new(DateTimeZone.Utc, DiaryDayRule.Default);
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 12, 0);
    private static readonly LocalDate Day = new(2026, 11, 24);

    [Theory]
    [InlineData(0, false)]
    [InlineData(-5, false)]
    [InlineData(0.4, false)]
    [InlineData(1.9, false)]
    [InlineData(2, true)]
    [InlineData(5000, true)]
    [InlineData(5000.1, false)]
    public void Apply_Volume_IsFrom2MlToFiveLitres(double volumeMl, bool valid)
    {
        var errors = HydrationRules.Apply(new DrinkInput(null, volumeMl, "water"), new Drink { UserId = "u" }, Utc, Now);

        Assert.Equal(!valid, errors.Has("volumeMl"));
    }

    [Fact]
    public void Apply_VolumeOutOfRange_SaysTheLimits()
    {
        var errors = HydrationRules.Apply(new DrinkInput(null, 0.4, "water"), new Drink { UserId = "u" }, Utc, Now);

        Assert.Equal(["Must be from 2 to 5000 ml."], errors.MessagesFor("volumeMl"));
    }

    [Fact]
    public void MinVolume_ReadsAsMoreThanZeroInEitherUnits()
    {
        Assert.Equal("2 ml", Volume.Format(HydrationRules.MinVolumeMl, DisplayUnits.Metric));
        Assert.Equal("0.1 fl oz", Volume.Format(HydrationRules.MinVolumeMl, DisplayUnits.Us));
    }

    [Theory]
    [InlineData("lemonade")]
    [InlineData(null)]
    public void Apply_UnknownBeverage_IsRejected(string? beverage)
    {
        var errors = HydrationRules.Apply(new DrinkInput(null, 250, beverage), new Drink { UserId = "u" }, Utc, Now);

        Assert.True(errors.Has("beverage"));
    }

    [Fact]
    public void Apply_KnownBeverage_UsesItsCode()
    {
        var drink = new Drink { UserId = "u" };

        Assert.True(HydrationRules.Apply(new DrinkInput("2026-11-24T03:00", 330, "soft-drink"), drink, Utc, Now).IsEmpty);
        Assert.Equal(Beverage.SoftDrink, drink.Beverage);
        Assert.Equal(new LocalDate(2026, 11, 23), drink.DiaryDay);
    }

    [Fact]
    public void Judge_AdultWoman_GoalIsTheDrinksPartOfTheAdequateIntake()
    {
        var profile = new Profile { UserId = "u", BirthDate = new LocalDate(1970, 1, 1), Sex = Sex.Female };

        var day = HydrationRules.Judge(profile, Day, 1000);

        Assert.Equal(2200, day.GoalMl!.Value, 6);
        Assert.Null(day.LimitMl);
        Assert.Equal(GoalSource.AdequateIntake, day.Source);
        Assert.Contains("National Academies", day.Basis);
    }

    [Fact]
    public void Judge_ClinicianLimit_ReplacesTheGoalWithACeiling()
    {
        var profile = new Profile { UserId = "u", BirthDate = new LocalDate(1950, 1, 1), Sex = Sex.Male, FluidLimitMl = 1500, DrinksGoalMl = 2500 };

        var day = HydrationRules.Judge(profile, Day, 1600);

        Assert.Null(day.GoalMl);
        Assert.Equal(1500, day.LimitMl);
        Assert.True(day.OverLimit);
        Assert.Equal(GoalSource.ClinicianLimit, day.Source);
    }

    [Fact]
    public void Judge_PersonalGoal_ReplacesTheTable()
    {
        var profile = new Profile { UserId = "u", BirthDate = new LocalDate(1970, 1, 1), Sex = Sex.Male, DrinksGoalMl = 2000 };

        Assert.Equal(2000, HydrationRules.Judge(profile, Day, 0).GoalMl);
    }

    [Fact]
    public void Judge_IncompleteProfile_HasNoGoal()
    {
        var day = HydrationRules.Judge(new Profile { UserId = "u" }, Day, 500);

        Assert.Null(day.GoalMl);
        Assert.Equal(GoalSource.None, day.Source);
        Assert.Null(day.Fraction);
    }

    [Fact]
    public void QuickAddSizes_UsUnits_AreWholeFluidOunces()
    {
        var glass = HydrationRules.QuickAddSizes(DisplayUnits.Us).Single(s => s.Name == "glass");

        Assert.Equal(8 * Volume.MlPerUsFluidOunce, glass.VolumeMl, 9);
    }
}

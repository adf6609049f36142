using NodaTime;
using SpasmCoach.Core.CheckIns;

namespace SpasmCoach.Core.Tests.CheckIns;

public sealed class CheckInRulesTests
{
    private static readonly LocalDate Today = new(2026, 11, 24);
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 12, 0);

    private static SpasmCoach.Core.Validation.ValidationErrors Check(CheckInInput input, LocalDate? date = null) =>
        CheckInRules.Apply(input, new CheckIn { UserId = "u", Date = date ?? Today }, date ?? Today, Today, Now);

    [Fact]
    public void Apply_EverythingEmpty_AsksForAnAnswer()
    {
        var checkIn = new CheckIn { UserId = "u", Date = Today };

        var errors = CheckInRules.Apply(new CheckInInput(ExerciseIntensity: "", Notes: "  "), checkIn, Today, Today, Now);

        Assert.Equal(["Fill in at least one answer."], errors.MessagesFor(CheckInRules.WholeCheckIn));
        Assert.Equal(default, checkIn.UpdatedAt);
    }

    [Theory]
    [InlineData("sittingHours")]
    [InlineData("longestSittingMinutes")]
    [InlineData("exerciseMinutes")]
    [InlineData("exerciseIntensity")]
    [InlineData("alcoholUnits")]
    [InlineData("caffeinatedDrinks")]
    [InlineData("sleepHours")]
    [InlineData("kneePain")]
    [InlineData("kneeSwelling")]
    [InlineData("weightKg")]
    [InlineData("notes")]
    public void Apply_AnyOneAnswer_IsEnough(string field)
    {
        // Zero, "none" and "no" are answers too.
        var input = field switch
        {
            "sittingHours" => new CheckInInput(SittingHours: 0),
            "longestSittingMinutes" => new CheckInInput(LongestSittingMinutes: 0),
            "exerciseMinutes" => new CheckInInput(ExerciseMinutes: 0),
            "exerciseIntensity" => new CheckInInput(ExerciseIntensity: "none"),
            "alcoholUnits" => new CheckInInput(AlcoholUnits: 0),
            "caffeinatedDrinks" => new CheckInInput(CaffeinatedDrinks: 0),
            "sleepHours" => new CheckInInput(SleepHours: 7),
            "kneePain" => new CheckInInput(KneePain: 0),
            "kneeSwelling" => new CheckInInput(KneeSwelling: false),
            "weightKg" => new CheckInInput(WeightKg: 70),
            _ => new CheckInInput(Notes: "slept badly"),
        };

        Assert.False(CheckInRules.AnswersNothing(input));
        Assert.True(Check(input).IsEmpty);
    }

    [Theory]
    [InlineData(16, 8, true)]
    [InlineData(14, 9.5, true)]
    [InlineData(20, 10, false)]
    [InlineData(16.5, 8, false)]
    public void Apply_SittingAndSleep_FitInTheDaysHours(double sitting, double sleep, bool valid)
    {
        var errors = Check(new CheckInInput(SittingHours: sitting, SleepHours: sleep));

        Assert.Equal(valid, errors.IsEmpty);
        Assert.Equal(!valid, errors.Has("sleepHours"));
    }

    [Fact]
    public void Apply_AFullDay_IsStored()
    {
        var checkIn = new CheckIn { UserId = "u", Date = Today };
        var input = new CheckInInput(8, 120, 30, "moderate", 2, 3, 7.5, 4, true, 72.5, "long drive");

        Assert.True(CheckInRules.Apply(input, checkIn, Today, Today, Now).IsEmpty);
        Assert.Equal(ExerciseIntensity.Moderate, checkIn.ExerciseIntensity);
        Assert.Equal(120, checkIn.LongestSittingMinutes);
        Assert.True(checkIn.KneeSwelling);
    }

    [Theory]
    [InlineData("sittingHours")]
    [InlineData("longestSittingMinutes")]
    [InlineData("exerciseMinutes")]
    [InlineData("alcoholUnits")]
    [InlineData("caffeinatedDrinks")]
    [InlineData("sleepHours")]
    [InlineData("kneePain")]
    [InlineData("weightKg")]
    public void Apply_NegativeValues_AreRejected(string field)
    {
        var input = field switch
        {
            "sittingHours" => new CheckInInput(SittingHours: -1),
            "longestSittingMinutes" => new CheckInInput(LongestSittingMinutes: -1),
            "exerciseMinutes" => new CheckInInput(ExerciseMinutes: -1),
            "alcoholUnits" => new CheckInInput(AlcoholUnits: -1),
            "caffeinatedDrinks" => new CheckInInput(CaffeinatedDrinks: -1),
            "sleepHours" => new CheckInInput(SleepHours: -1),
            "kneePain" => new CheckInInput(KneePain: -1),
            _ => new CheckInInput(WeightKg: -1),
        };

        Assert.True(Check(input).Has(field));
    }

    [Theory]
    [InlineData(24.0, true)]
    [InlineData(24.1, false)]
    public void Apply_SleepHours_AtMostADay(double hours, bool valid)
    {
        Assert.Equal(valid, Check(new CheckInInput(SleepHours: hours)).IsEmpty);
    }

    [Fact]
    public void Apply_LongestSittingLongerThanAllSitting_IsRejected()
    {
        Assert.True(Check(new CheckInInput(SittingHours: 2, LongestSittingMinutes: 150)).Has("longestSittingMinutes"));
        Assert.True(Check(new CheckInInput(SittingHours: 2, LongestSittingMinutes: 120)).IsEmpty);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Apply_KneePain_IsZeroToTen(int pain, bool valid)
    {
        Assert.Equal(valid, Check(new CheckInInput(KneePain: pain)).IsEmpty);
    }

    [Fact]
    public void Apply_DayNotStartedYet_IsRejected()
    {
        Assert.True(Check(new CheckInInput(), Today.PlusDays(1)).Has("date"));
    }

    [Fact]
    public void Apply_UnknownIntensity_IsRejected()
    {
        Assert.True(Check(new CheckInInput(ExerciseIntensity: "extreme")).Has("exerciseIntensity"));
    }

    [Fact]
    public void Apply_NotesOver4000_IsRejected()
    {
        Assert.True(Check(new CheckInInput(Notes: new string('x', 4001))).Has("notes"));
    }
}

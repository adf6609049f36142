using NodaTime;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Targets;
using SpasmCoach.Core.Units;

namespace SpasmCoach.Core.Tests.Profiles;

public sealed class ProfileRulesTests
{
    private static readonly LocalDate Today = new(2026, 11, 24);

    private static ProfileInput Valid() => new("Europe/Berlin", "us", "1961-05-14", "female", "none", "05:30", 70, null, null);

    private static (Profile Profile, SpasmCoach.Core.Validation.ValidationErrors Errors) Apply(ProfileInput input)
    {
        var profile = Profile.DefaultFor("u");
        return (profile, ProfileRules.Apply(input, profile, Today));
    }

    [Fact]
    public void Apply_Valid_SetsEveryField()
    {
        var (profile, errors) = Apply(Valid());

        Assert.True(errors.IsEmpty);
        Assert.Equal("Europe/Berlin", profile.TimeZoneId);
        Assert.Equal(DisplayUnits.Us, profile.Units);
        Assert.Equal(new LocalDate(1961, 5, 14), profile.BirthDate);
        Assert.Equal(Sex.Female, profile.Sex);
        Assert.Equal(new LocalTime(5, 30), profile.DayStartsAt);
        Assert.Equal(new LocalTime(5, 30), profile.Calendar().Rule.DayStartsAt);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("CET+1")]
    public void Apply_UnknownTimeZone_IsRejected(string? zone)
    {
        var (profile, errors) = Apply(Valid() with { TimeZone = zone });

        Assert.True(errors.Has("timeZone"));
        Assert.Equal(Profile.DefaultTimeZone, profile.TimeZoneId);
    }

    [Theory]
    [InlineData("12:00", true)]
    [InlineData("12:01", false)]
    [InlineData("00:00", true)]
    [InlineData("4am", false)]
    public void Apply_DayStartsAt_IsHourMinuteUpToNoon(string start, bool valid)
    {
        Assert.Equal(!valid, Apply(Valid() with { DayStartsAt = start }).Errors.Has("dayStartsAt"));
    }

    [Fact]
    public void Apply_PregnantWithoutSexFemale_IsRejected()
    {
        Assert.True(Apply(Valid() with { Sex = "male", LifeStage = "pregnant" }).Errors.Has("lifeStage"));
        Assert.True(Apply(Valid() with { LifeStage = "lactating", BirthDate = "1990-05-14" }).Errors.IsEmpty); // Valid() is 65: past the rows
    }

    /// <summary>
    /// The tables' pregnancy and lactation rows end at 50 (clinical-facts.md §1); a 1940 birth date with "pregnant" was
    /// accepted and then silently given the age row.
    /// </summary>
    [Theory]
    [InlineData("1975-11-25", "pregnant", true)]  // 50 today
    [InlineData("1975-11-24", "pregnant", false)] // 51 today
    [InlineData("1975-11-24", "lactating", false)]
    [InlineData("1940-06-01", "pregnant", false)]
    [InlineData("1940-06-01", "none", true)]
    public void Apply_PregnantOrBreastfeeding_AppliesUpTo50AsTheIntakeTablesDo(string birthDate, string lifeStage, bool valid)
    {
        string[] expected = valid ? [] : ["Pregnant or breastfeeding applies up to age 50 in the intake tables."];

        var errors = Apply(Valid() with { BirthDate = birthDate, LifeStage = lifeStage }).Errors;

        Assert.Equal(expected, errors.MessagesFor("lifeStage").ToArray());
    }

    [Theory]
    [InlineData("2018-03-01", "pregnant", false)]
    [InlineData("2012-11-25", "lactating", false)]
    [InlineData("2012-11-24", "lactating", true)]
    [InlineData("2012-11-24", "pregnant", true)]
    [InlineData("2018-03-01", "none", true)]
    public void Apply_PregnantOrBreastfeeding_AppliesFrom14AsTheIntakeTablesDo(string birthDate, string lifeStage, bool valid)
    {
        string[] expected = valid ? [] : ["Pregnant or breastfeeding applies from age 14 in the intake tables."];

        var errors = Apply(Valid() with { BirthDate = birthDate, LifeStage = lifeStage }).Errors;

        Assert.Equal(expected, errors.MessagesFor("lifeStage").ToArray());
    }

    [Theory]
    [InlineData("2026-11-25")]
    [InlineData("1899-12-31")]
    [InlineData("14/05/1961")]
    public void Apply_BadBirthDate_IsRejected(string birthDate)
    {
        Assert.True(Apply(Valid() with { BirthDate = birthDate }).Errors.Has("birthDate"));
    }

    [Theory]
    [InlineData("weightKg", 19.9)]
    [InlineData("weightKg", 400.1)]
    [InlineData("fluidLimitMl", 499)]
    [InlineData("fluidLimitMl", 5001)]
    [InlineData("drinksGoalMl", 6001)]
    public void Apply_NumbersOutOfRange_AreRejected(string field, double value)
    {
        var input = field switch
        {
            "weightKg" => Valid() with { WeightKg = value },
            "fluidLimitMl" => Valid() with { FluidLimitMl = value },
            _ => Valid() with { DrinksGoalMl = value },
        };

        Assert.True(Apply(input).Errors.Has(field));
    }

    [Theory]
    [InlineData("units", "imperial")]
    [InlineData("sex", "other")]
    [InlineData("lifeStage", "menopause")]
    public void Apply_UnknownCodes_AreRejected(string field, string value)
    {
        var input = field switch
        {
            "units" => Valid() with { Units = value },
            "sex" => Valid() with { Sex = value },
            _ => Valid() with { LifeStage = value },
        };

        Assert.True(Apply(input).Errors.Has(field));
    }

    [Theory]
    [InlineData("1800-01-01", "Must be between 1900-01-01 and today.")]
    [InlineData("2099-01-01", "Must be between 1900-01-01 and today.")]
    [InlineData("2026-11-25", "Must be between 1900-01-01 and today.")]
    [InlineData("14/05/1961", "Must be a date written YYYY-MM-DD.")]
    public void Apply_BirthDateOutOfRange_OneMessageWhateverTheDate(string birthDate, string message)
    {
        var (_, errors) = Apply(Valid() with { BirthDate = birthDate });

        Assert.Equal([message], errors.MessagesFor("birthDate"));
    }
}

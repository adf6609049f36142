using SpasmCoach.Core.Time;
using static SpasmCoach.Core.Tests.Time.DiaryDayRuleTests;

namespace SpasmCoach.Core.Tests.Time;

public sealed class DiaryDayRangeTests
{
    private static readonly NodaTime.LocalDate Today = Date("2026-11-24");

    [Fact]
    public void Parse_NoDates_IsTheLastThirtyDaysEndingToday()
    {
        var range = DiaryDayRange.Parse(null, null, Today);

        Assert.True(range.IsValid);
        Assert.Equal(Date("2026-10-26"), range.Value!.From);
        Assert.Equal(Today, range.Value.To);
        Assert.Equal(30, range.Value.Days);
    }

    [Fact]
    public void Parse_SameDay_IsOneDayBothEndsIncluded()
    {
        var range = DiaryDayRange.Parse("2026-11-24", "2026-11-24", Today).Value!;

        Assert.Equal(1, range.Days);
        Assert.Equal([Today], range.Each());
    }

    [Theory]
    [InlineData("2021-11-24", "2026-11-24", true)]
    [InlineData("2021-11-23", "2026-11-24", false)]
    [InlineData("2020-02-29", "2025-02-28", true)]
    [InlineData("2020-02-29", "2025-03-01", false)]
    public void Parse_FiveYearLimit_IsInclusive(string from, string to, bool valid)
    {
        var range = DiaryDayRange.Parse(from, to, Today);

        Assert.Equal(valid, range.IsValid);
        if (!valid)
        {
            Assert.True(range.Errors!.Has("to"));
        }
    }

    [Theory]
    [InlineData("2026-11-25", "2026-11-24", "to")]
    [InlineData("24.11.2026", "2026-11-24", "from")]
    [InlineData("2026-11-01", "2026-13-01", "to")]
    [InlineData("2026-02-30", "2026-03-01", "from")]
    [InlineData("yesterday", null, "from")]
    public void Parse_BadInput_NamesTheField(string? from, string? to, string field)
    {
        var range = DiaryDayRange.Parse(from, to, Today);

        Assert.False(range.IsValid);
        Assert.True(range.Errors!.Has(field));
    }

    [Fact]
    public void Ending_CountsBackIncludingTheLastDay()
    {
        var range = DiaryDayRange.Ending(Today, 90);

        Assert.Equal(90, range.Days);
        Assert.Equal(Date("2026-08-27"), range.From);
    }
}

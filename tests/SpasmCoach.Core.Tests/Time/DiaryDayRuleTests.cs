using NodaTime;
using NodaTime.Text;
using SpasmCoach.Core.Time;

namespace SpasmCoach.Core.Tests.Time;

public sealed class DiaryDayRuleTests
{
    [Theory]
    [InlineData("2026-11-24T03:59:59", "2026-11-23")]
    [InlineData("2026-11-24T04:00:00", "2026-11-24")]
    [InlineData("2026-11-24T02:30:00", "2026-11-23")]
    [InlineData("2026-11-24T00:00:00", "2026-11-23")]
    [InlineData("2026-11-24T23:59:59", "2026-11-24")]
    [InlineData("2026-01-01T01:00:00", "2025-12-31")]
    [InlineData("2028-03-01T03:00:00", "2028-02-29")]
    public void DiaryDayOf_DefaultStart_BoundaryIsFourInTheMorning(string wallClock, string expected)
    {
        var day = DiaryDayRule.Default.DiaryDayOf(Local(wallClock));

        Assert.Equal(Date(expected), day);
    }

    [Theory]
    [InlineData("00:00", "2026-11-24T00:00:00", "2026-11-24")]
    [InlineData("00:00", "2026-11-23T23:59:59", "2026-11-23")]
    [InlineData("06:30", "2026-11-24T06:29:00", "2026-11-23")]
    [InlineData("06:30", "2026-11-24T06:30:00", "2026-11-24")]
    [InlineData("12:00", "2026-11-24T11:59:59", "2026-11-23")]
    public void DiaryDayOf_CustomStart_UsesThatBoundary(string start, string wallClock, string expected)
    {
        var rule = new DiaryDayRule(LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(start).Value);

        Assert.Equal(Date(expected), rule.DiaryDayOf(Local(wallClock)));
    }

    [Fact]
    public void Constructor_StartAfterNoon_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiaryDayRule(new LocalTime(12, 1)));
    }

    internal static LocalDateTime Local(string text) => LocalDateTimePattern.ExtendedIso.Parse(text).Value;

    internal static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}

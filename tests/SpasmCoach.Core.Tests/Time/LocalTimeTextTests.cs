using NodaTime;
using SpasmCoach.Core.Time;

namespace SpasmCoach.Core.Tests.Time;

public sealed class LocalTimeTextTests
{
    [Theory]
    [InlineData("2026-11-19", "2026-11-20", "Thursday 19 November")]
    [InlineData("2025-12-31", "2026-01-01", "Wednesday 31 December 2025")]
    [InlineData("2026-11-20", "2027-01-02", "Friday 20 November 2026")]
    public void FormatDay_SaysTheYearOnlyWhenItIsNotThisYears(string date, string today, string expected) =>
        Assert.Equal(expected, LocalTimeText.FormatDay(Parse(date), Parse(today)));

    [Theory]
    [InlineData("2026-12-05T23:10", "23:10", "23:10")]
    [InlineData("2026-12-06T02:30", "02:30 (Sun 6 Dec)", "02:30 on Sunday 6 December")] // after midnight, before the day starts
    [InlineData("2026-12-05T04:00", "04:00", "04:00")]
    public void FormatInDay_EntryOfThe5thsDiaryDay_SaysTheDateOnlyWhenItIsNotThe5th(string at, string shown, string spoken)
    {
        var local = LocalTimeText.ParseLocalDateTime(at)!.Value;
        var diaryDay = Parse("2026-12-05");

        Assert.Equal(shown, LocalTimeText.FormatInDay(local, diaryDay));
        Assert.Equal(spoken, LocalTimeText.SpeakInDay(local, diaryDay));
    }

    [Fact]
    public void FormatInDay_NewYearsEvesDiaryDay_SaysTheNextDayWithoutAYear() =>
        Assert.Equal("01:15 (Fri 1 Jan)", LocalTimeText.FormatInDay(LocalTimeText.ParseLocalDateTime("2027-01-01T01:15")!.Value, Parse("2026-12-31")));

    private static LocalDate Parse(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}

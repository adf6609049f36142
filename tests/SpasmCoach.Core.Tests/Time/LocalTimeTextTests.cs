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

    private static LocalDate Parse(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}

using NodaTime;
using NodaTime.Text;
using SpasmCoach.Core.Time;
using static SpasmCoach.Core.Tests.Time.DiaryDayRuleTests;

namespace SpasmCoach.Core.Tests.Time;

public sealed class DiaryCalendarTests
{
    private static DiaryCalendar In(string zone) => new(DateTimeZoneProviders.Tzdb[zone], DiaryDayRule.Default);

    private static Instant At(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    // Europe/Berlin: 2026-03-29 02:00 CET jumps to 03:00 CEST; 2026-10-25 03:00 CEST falls back to 02:00 CET.
    // America/New_York: 2026-03-08 02:00 EST jumps to 03:00 EDT; 2026-11-01 02:00 EDT falls back to 01:00 EST.
    // Australia/Sydney: 2026-04-05 03:00 AEDT falls back to 02:00 AEST; 2026-10-04 02:00 AEST jumps to 03:00 AEDT.
    [Theory]
    [InlineData("Europe/Berlin", "2026-03-29T02:30:00", "2026-03-29T01:30:00Z", "2026-03-28", LocalTimeMapping.Skipped)]
    [InlineData("Europe/Berlin", "2026-03-29T01:59:00", "2026-03-29T00:59:00Z", "2026-03-28", LocalTimeMapping.Unique)]
    [InlineData("Europe/Berlin", "2026-03-29T03:00:00", "2026-03-29T01:00:00Z", "2026-03-28", LocalTimeMapping.Unique)]
    [InlineData("Europe/Berlin", "2026-10-25T02:30:00", "2026-10-25T00:30:00Z", "2026-10-24", LocalTimeMapping.Repeated)]
    [InlineData("Europe/Berlin", "2026-10-25T04:00:00", "2026-10-25T03:00:00Z", "2026-10-25", LocalTimeMapping.Unique)]
    [InlineData("America/New_York", "2026-03-08T02:30:00", "2026-03-08T07:30:00Z", "2026-03-07", LocalTimeMapping.Skipped)]
    [InlineData("America/New_York", "2026-11-01T01:30:00", "2026-11-01T05:30:00Z", "2026-10-31", LocalTimeMapping.Repeated)]
    [InlineData("America/New_York", "2026-11-01T03:59:00", "2026-11-01T08:59:00Z", "2026-10-31", LocalTimeMapping.Unique)]
    [InlineData("Australia/Sydney", "2026-04-05T02:30:00", "2026-04-04T15:30:00Z", "2026-04-04", LocalTimeMapping.Repeated)]
    [InlineData("Australia/Sydney", "2026-10-04T02:30:00", "2026-10-03T16:30:00Z", "2026-10-03", LocalTimeMapping.Skipped)]
    public void Place_DaylightSavingChanges_ResolveByTheOneRule(string zone, string local, string instant, string diaryDay, LocalTimeMapping mapping)
    {
        var placed = In(zone).Place(Local(local));

        Assert.Equal(At(instant), placed.Instant);
        Assert.Equal(Date(diaryDay), placed.DiaryDay);
        Assert.Equal(mapping, placed.Mapping);
        Assert.Equal(Local(local), placed.AsEntered);
    }

    [Fact]
    public void Place_SkippedTime_MovesForwardByTheGap()
    {
        // 02:30 does not exist in Berlin that night; a clock left on winter time would have read 02:30 at 03:30 CEST.
        var placed = In("Europe/Berlin").Place(Local("2026-03-29T02:30:00"));

        Assert.Equal(Local("2026-03-29T03:30:00"), placed.Instant.InZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).LocalDateTime);
    }

    [Fact]
    public void Place_RepeatedTime_TakesTheEarlierOccurrence()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var placed = In("Europe/Berlin").Place(Local("2026-10-25T02:30:00"));

        Assert.Equal(Offset.FromHours(2), zone.GetUtcOffset(placed.Instant));
    }

    [Fact]
    public void DiaryDay_OnTheNightClocksChange_IsTwentyThreeOrTwentyFiveHoursLong()
    {
        var calendar = In("Europe/Berlin");
        var springStart = calendar.Place(Local("2026-03-28T04:00:00")).Instant;
        var springEnd = calendar.Place(Local("2026-03-29T04:00:00")).Instant;
        var autumnStart = calendar.Place(Local("2026-10-24T04:00:00")).Instant;
        var autumnEnd = calendar.Place(Local("2026-10-25T04:00:00")).Instant;

        Assert.Equal(Duration.FromHours(23), springEnd - springStart);
        Assert.Equal(Duration.FromHours(25), autumnEnd - autumnStart);
    }

    [Theory]
    [InlineData("Europe/London", "2026-11-24T03:59:00Z", "2026-11-23")]
    [InlineData("Europe/London", "2026-11-24T04:00:00Z", "2026-11-24")]
    [InlineData("America/New_York", "2026-11-24T08:59:00Z", "2026-11-23")]
    [InlineData("America/New_York", "2026-11-24T09:00:00Z", "2026-11-24")]
    [InlineData("Asia/Tokyo", "2026-11-23T18:59:00Z", "2026-11-23")]
    [InlineData("Asia/Tokyo", "2026-11-23T19:00:00Z", "2026-11-24")]
    public void Today_UsesTheZoneAndTheBoundary(string zone, string now, string expected)
    {
        Assert.Equal(Date(expected), In(zone).Today(At(now)));
    }

    [Fact]
    public void Place_Instant_RoundTripsThroughLocalTime()
    {
        var calendar = In("America/New_York");
        var instant = At("2026-07-04T06:15:00Z");

        var placed = calendar.Place(instant);

        Assert.Equal(Local("2026-07-04T02:15:00"), placed.AsEntered);
        Assert.Equal(Date("2026-07-03"), placed.DiaryDay);
        Assert.Equal(instant, calendar.Place(placed.AsEntered).Instant);
    }
}

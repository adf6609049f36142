using NodaTime;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;

namespace SpasmCoach.Core.Tests.Episodes;

public sealed class EpisodeRulesTests
{
    private static readonly DiaryCalendar London = new(DateTimeZoneProviders.Tzdb["Europe/London"], DiaryDayRule.Default);
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 12, 0);

    private static EpisodeInput Valid() =>
        new("2026-11-24T02:30", 90, "calf", "left", 6, "asleep-or-lying", ["stretch", "heat"], "stretch", 60, 2, "woke me up");

    private static (Episode Episode, SpasmCoach.Core.Validation.ValidationErrors Errors) Apply(EpisodeInput input)
    {
        var episode = new Episode { UserId = "u" };
        return (episode, EpisodeRules.Apply(input, episode, London, Now));
    }

    [Fact]
    public void Apply_ValidInput_FillsTheEpisode()
    {
        var (episode, errors) = Apply(Valid());

        Assert.True(errors.IsEmpty);
        Assert.Equal(new LocalDate(2026, 11, 23), episode.DiaryDay);
        Assert.Equal(Instant.FromUtc(2026, 11, 24, 2, 30), episode.StartedAt);
        Assert.Equal(Muscle.Calf, episode.Muscle);
        Assert.Equal(Side.Left, episode.Side);
        Assert.Equal(Activity.AsleepOrLying, episode.Activity);
        Assert.Equal([ReliefMethod.Stretch, ReliefMethod.Heat], episode.ReliefTried);
        Assert.Equal(ReliefMethod.Stretch, episode.HelpedBy);
    }

    /// <summary>
    /// After a move from London to Tokyo, an episode sent back with its start unchanged keeps its instant and diary day
    /// (read in Tokyo, 11:45 would be 02:45 UTC); a start that was changed is read in the new zone.
    /// </summary>
    [Fact]
    public void Apply_ToAStoredEpisodeAfterAZoneChange_KeepsAnUnchangedStart_ReadsAChangedOneInTheNewZone()
    {
        var tokyo = new DiaryCalendar(DateTimeZoneProviders.Tzdb["Asia/Tokyo"], DiaryDayRule.Default);
        var stored = new Episode { UserId = "u" };
        Assert.True(EpisodeRules.Apply(Valid() with { StartedAtLocal = "2026-11-24T11:45" }, stored, London, Now).IsEmpty);

        var unchanged = new Episode { UserId = "u" };
        var keptErrors = EpisodeRules.Apply(Valid() with { StartedAtLocal = "2026-11-24T11:45:00", Severity = 3 }, unchanged, tokyo, Now, stored);
        var moved = new Episode { UserId = "u" };
        var movedErrors = EpisodeRules.Apply(Valid() with { StartedAtLocal = "2026-11-24T11:40" }, moved, tokyo, Now, stored);

        Assert.True(keptErrors.IsEmpty);
        Assert.Equal(Instant.FromUtc(2026, 11, 24, 11, 45), unchanged.StartedAt);
        Assert.Equal(new LocalDate(2026, 11, 24), unchanged.DiaryDay);
        Assert.Equal(3, unchanged.Severity);
        Assert.True(movedErrors.IsEmpty);
        Assert.Equal(Instant.FromUtc(2026, 11, 24, 2, 40), moved.StartedAt);
    }

    /// <summary>Moved west, an unchanged start would read as hours ahead and be refused as "in the future".</summary>
    [Fact]
    public void Apply_ToAStoredEpisodeAfterMovingWest_UnchangedStartIsNotInTheFuture()
    {
        var newYork = new DiaryCalendar(DateTimeZoneProviders.Tzdb["America/New_York"], DiaryDayRule.Default);
        var stored = new Episode { UserId = "u" };
        Assert.True(EpisodeRules.Apply(Valid() with { StartedAtLocal = "2026-11-24T11:55" }, stored, London, Now).IsEmpty);

        var errors = EpisodeRules.Apply(Valid() with { StartedAtLocal = "2026-11-24T11:55", DurationSeconds = 120 }, new Episode { UserId = "u" }, newYork, Now, stored);

        Assert.True(errors.IsEmpty, string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value)));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Apply_Severity_IsZeroToTen(int severity, bool valid)
    {
        var (_, errors) = Apply(Valid() with { Severity = severity });

        Assert.Equal(valid, errors.IsEmpty);
        Assert.Equal(!valid, errors.Has("severity"));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(86_400, true)]
    [InlineData(86_401, false)]
    public void Apply_Duration_IsZeroToTwentyFourHours(int seconds, bool valid)
    {
        var (_, errors) = Apply(Valid() with { DurationSeconds = seconds });

        Assert.Equal(!valid, errors.Has("durationSeconds"));
    }

    [Theory]
    [InlineData(90, 90, true)]
    [InlineData(90, 91, false)]
    [InlineData(4, 120, false)]
    [InlineData(null, 500, true)]
    [InlineData(90, null, true)]
    [InlineData(-1, 60, false)] // only the duration is wrong
    public void Apply_TimeToRelief_IsAtMostTheDurationWhenBothAreKnown(int? duration, int? relief, bool valid)
    {
        var (episode, errors) = Apply(Valid() with { DurationSeconds = duration, TimeToReliefSeconds = relief });

        Assert.Equal(valid, errors.IsEmpty);
        Assert.Equal(!valid && duration >= 0, errors.Has("timeToReliefSeconds"));
        Assert.Equal(duration < 0, errors.Has("durationSeconds"));
        if (!valid)
        {
            Assert.Null(episode.DurationSeconds); // nothing written
        }
    }

    [Theory]
    [InlineData("2026-11-24T12:10:00", true)]
    [InlineData("2026-11-24T12:10:01", false)]
    [InlineData("2026-11-25T00:00", false)]
    public void Apply_Start_AtMostTenMinutesInTheFuture(string startedAtLocal, bool valid)
    {
        var (_, errors) = Apply(Valid() with { StartedAtLocal = startedAtLocal });

        Assert.Equal(!valid, errors.Has("startedAtLocal"));
    }

    [Theory]
    [InlineData("2026-11-24T02:30+01:00")]
    [InlineData("2026-11-24T02:30Z")]
    [InlineData("24/11/2026 02:30")]
    [InlineData("1999-12-31T23:00")]
    public void Apply_StartNotALocalIsoDateTime_IsRejected(string startedAtLocal)
    {
        var (_, errors) = Apply(Valid() with { StartedAtLocal = startedAtLocal });

        Assert.True(errors.Has("startedAtLocal"));
    }

    [Fact]
    public void Apply_NoStart_MeansNow()
    {
        var (episode, errors) = Apply(Valid() with { StartedAtLocal = null });

        Assert.True(errors.IsEmpty);
        Assert.Equal(Now, episode.StartedAt);
    }

    [Theory]
    [InlineData("knee", "left", "muscle")]
    [InlineData("calf", "middle", "side")]
    [InlineData(null, "left", "muscle")]
    [InlineData("calf", null, "side")]
    public void Apply_UnknownMuscleOrSide_NamesTheField(string? muscle, string? side, string field)
    {
        var (_, errors) = Apply(Valid() with { Muscle = muscle, Side = side });

        Assert.True(errors.Has(field));
    }

    [Fact]
    public void Apply_NotesLimit_Is4000Characters()
    {
        Assert.True(Apply(Valid() with { Notes = new string('a', 4000) }).Errors.IsEmpty);
        Assert.True(Apply(Valid() with { Notes = new string('a', 4001) }).Errors.Has("notes"));
    }

    [Fact]
    public void Apply_HelpedByNotTried_IsRejected()
    {
        var (_, errors) = Apply(Valid() with { HelpedBy = "cold" });

        Assert.True(errors.Has("helpedBy"));
    }

    [Fact]
    public void Apply_NothingWithOtherMethods_IsRejected()
    {
        var (_, errors) = Apply(Valid() with { ReliefTried = ["nothing", "stretch"], HelpedBy = null });

        Assert.True(errors.Has("reliefTried"));
    }

    [Theory]
    [InlineData("activity", "dancing")]
    [InlineData("reliefTried", "prayer")]
    public void Apply_UnknownCodes_AreRejected(string field, string code)
    {
        var input = field == "activity" ? Valid() with { Activity = code } : Valid() with { ReliefTried = [code], HelpedBy = null };

        Assert.True(Apply(input).Errors.Has(field));
    }

    [Fact]
    public void Apply_Invalid_ChangesNothing()
    {
        var episode = new Episode { UserId = "u" };
        EpisodeRules.Apply(Valid(), episode, London, Now);

        var errors = EpisodeRules.Apply(Valid() with { Severity = 99, Muscle = "foot", Notes = "changed" }, episode, London, Now);

        Assert.False(errors.IsEmpty);
        Assert.Equal(6, episode.Severity);
        Assert.Equal(Muscle.Calf, episode.Muscle);
        Assert.Equal("woke me up", episode.Notes);
    }

    [Fact]
    public void Apply_SeverityAndDurationMissing_IsAnOngoingEpisode()
    {
        var (episode, errors) = Apply(new EpisodeInput(null, null, "hamstrings", "both", null));

        Assert.True(errors.IsEmpty);
        Assert.True(episode.IsOngoing);
    }
}

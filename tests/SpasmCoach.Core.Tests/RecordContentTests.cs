using NodaTime;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Core.Tests;

public sealed class RecordContentTests
{
    private static readonly Instant Stored = Instant.FromUtc(2026, 11, 24, 3, 10);

    private static Episode Cramp(Action<Episode>? change = null)
    {
        var episode = new Episode
        {
            Id = Guid.CreateVersion7(),
            UserId = "u",
            StartedAtLocal = new LocalDateTime(2026, 11, 24, 3, 0),
            StartedAt = Instant.FromUtc(2026, 11, 24, 2, 0),
            DiaryDay = new LocalDate(2026, 11, 23),
            DurationSeconds = 90,
            Muscle = Muscle.Calf,
            Side = Side.Left,
            Severity = 6,
            ReliefTried = [ReliefMethod.Stretch, ReliefMethod.Heat],
            HelpedBy = ReliefMethod.Stretch,
            Notes = "woke me up",
            CreatedAt = Stored,
            UpdatedAt = Stored,
        };
        change?.Invoke(episode);
        return episode;
    }

    [Fact]
    public void Same_IgnoresIdOwnerAndStorageTimes_ComparesListsByItem()
    {
        var stored = Cramp();
        var again = new Episode
        {
            Id = Guid.CreateVersion7(),
            UserId = "someone else",
            StartedAtLocal = stored.StartedAtLocal,
            StartedAt = stored.StartedAt,
            DiaryDay = stored.DiaryDay,
            DurationSeconds = 90,
            Muscle = Muscle.Calf,
            Side = Side.Left,
            Severity = 6,
            ReliefTried = [ReliefMethod.Stretch, ReliefMethod.Heat],
            HelpedBy = ReliefMethod.Stretch,
            Notes = "woke me" + " up",
            CreatedAt = Stored + Duration.FromSeconds(2),
            UpdatedAt = Stored + Duration.FromSeconds(2),
        };

        Assert.True(RecordContent.Same(stored, again));
    }

    public static TheoryData<string, Action<Episode>> OneFieldChanged => new()
    {
        { "start", e => e.StartedAtLocal = e.StartedAtLocal.PlusMinutes(5) },
        { "duration", e => e.DurationSeconds = null },
        { "side", e => e.Side = Side.Right },
        { "severity", e => e.Severity = 7 },
        { "activity", e => e.Activity = Activity.Sitting },
        { "one more relief method", e => e.ReliefTried = [ReliefMethod.Stretch, ReliefMethod.Heat, ReliefMethod.Cold] },
        { "no relief methods", e => e.ReliefTried = [] },
        { "what helped", e => e.HelpedBy = ReliefMethod.Heat },
        { "soreness", e => e.SorenessAfter = 0 },
        { "empty notes", e => e.Notes = "" },
        { "no notes", e => e.Notes = null },
    };

    [Theory]
    [MemberData(nameof(OneFieldChanged))]
    public void Same_OneFieldDiffers_IsFalse(string field, Action<Episode> change)
    {
        Assert.False(RecordContent.Same(Cramp(), Cramp(change)), field);
    }

    [Fact]
    public void Same_ComparesNumbersOfOtherRecordKinds()
    {
        static Drink Glass(double ml) => new() { UserId = "u", VolumeMl = ml, Beverage = Beverage.Water, CreatedAt = Stored };
        static CustomFood Tablet(double? mg) => new() { UserId = "u", Name = "Magnesium citrate", MagnesiumMg = mg, CreatedAt = Stored };

        Assert.True(RecordContent.Same(Glass(250), Glass(250)));
        Assert.False(RecordContent.Same(Glass(250), Glass(250.5)));
        Assert.True(RecordContent.Same(Tablet(200), Tablet(200)));
        Assert.False(RecordContent.Same(Tablet(200), Tablet(null)));
    }
}

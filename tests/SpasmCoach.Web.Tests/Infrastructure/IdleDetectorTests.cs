using SpasmCoach.Web.Infrastructure;
using Xunit;

namespace SpasmCoach.Web.Tests.Infrastructure;

public sealed class IdleDetectorTests
{
    private const long Busy = IdleDetector.IdleBytesPerSecond + 1;

    [Fact]
    public void Tick_NeverBusy_NeverTrims()
    {
        var detector = new IdleDetector(quietTicks: 2, allocatedBytes: 0);

        Assert.All(Enumerable.Range(1, 10), t => Assert.False(detector.Tick(t * 1000)));
    }

    [Fact]
    public void Tick_OwedFromStartUp_TrimsOnceAtTheFirstQuietSpell()
    {
        var detector = new IdleDetector(quietTicks: 2, allocatedBytes: 0, owed: true);

        Assert.False(detector.Tick(10)); // quiet 1
        Assert.True(detector.Tick(20));  // quiet 2: trim what start-up left
        detector.Trimmed(30);
        Assert.All(Enumerable.Range(4, 10), t => Assert.False(detector.Tick(t * 10)));
    }

    [Fact]
    public void Tick_BusyThenQuiet_TrimsOnceAfterTheQuietTicks()
    {
        var detector = new IdleDetector(quietTicks: 2, allocatedBytes: 0);

        Assert.False(detector.Tick(Busy));     // busy
        Assert.False(detector.Tick(Busy + 10)); // quiet 1
        Assert.True(detector.Tick(Busy + 20));  // quiet 2: trim
        detector.Trimmed(Busy + 30);
        Assert.False(detector.Tick(Busy + 40)); // still quiet: nothing more to give back
        Assert.False(detector.Tick(Busy + 50));
    }

    [Fact]
    public void Tick_BusyAgainBeforeTheQuietTicks_StartsCountingAgain()
    {
        var detector = new IdleDetector(quietTicks: 2, allocatedBytes: 0);

        Assert.False(detector.Tick(Busy));         // busy
        Assert.False(detector.Tick(Busy + 10));    // quiet 1
        Assert.False(detector.Tick(2 * Busy + 10)); // busy again
        Assert.False(detector.Tick(2 * Busy + 20)); // quiet 1
        Assert.True(detector.Tick(2 * Busy + 30));  // quiet 2: trim
    }
}

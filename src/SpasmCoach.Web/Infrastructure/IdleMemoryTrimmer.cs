using System.Runtime.InteropServices;
using SpasmCoach.Persistence;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// Gives back to the operating system the memory a burst of requests leaves behind, once the app has been idle for
/// <c>Memory:TrimAfterIdleSeconds</c> (default 5; 0 turns it off): idle SQLite connections are closed (<see cref="IIdleMemory"/>),
/// a compacting garbage collection decommits the free heap, and glibc returns its free lists.
/// </summary>
/// <remarks>
/// Why: SpasmCoach is self-hosted, often on a laptop, and sits idle most of the day. After bench/ the heap held about
/// 40 MB of free space and glibc about 15 MB (docs/performance.md). Cost: one blocking collection of a few
/// milliseconds when the app falls idle, and a reopened connection on the next request; nothing while it is busy.
/// "Idle" is measured by allocation (<see cref="IdleDetector"/>), so the check costs requests nothing.
/// </remarks>
public sealed partial class IdleMemoryTrimmer(IEnumerable<IIdleMemory> idleMemory, IConfiguration configuration, ILogger<IdleMemoryTrimmer> logger)
    : BackgroundService
{
    private readonly int _idleSeconds = Math.Max(0, configuration.GetValue("Memory:TrimAfterIdleSeconds", 5));
    private bool _canTrimMalloc = OperatingSystem.IsLinux();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RunUntilStoppedAsync(stoppingToken);

    internal async Task RunUntilStoppedAsync(CancellationToken stoppingToken)
    {
        if (_idleSeconds == 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        // Start-up (the model, migrations, the food table) leaves garbage of its own: give it back at the first quiet spell.
        var detector = new IdleDetector(_idleSeconds, GC.GetTotalAllocatedBytes(), owed: true);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (detector.Tick(GC.GetTotalAllocatedBytes()))
                {
                    Trim();
                    detector.Trimmed(GC.GetTotalAllocatedBytes());
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is not a failure: when start-up fails (a port in use), the host logged "BackgroundService
            // failed" for this, as if the trimmer were the problem.
        }
    }

    private void Trim()
    {
        var before = Environment.WorkingSet;
        foreach (var memory in idleMemory)
        {
            memory.Release();
        }
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (_canTrimMalloc)
        {
            try
            {
                _ = MallocTrim(0);
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                _canTrimMalloc = false; // not glibc (musl has no malloc_trim)
            }
        }
        LogTrimmed(before / (1024 * 1024), Environment.WorkingSet / (1024 * 1024));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Idle: working set {Before} MB -> {After} MB")]
    private partial void LogTrimmed(long before, long after);

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}

/// <summary>
/// Decides, one tick a second, when to trim: after the app has been busy (allocating more than
/// <see cref="IdleBytesPerSecond"/> in a tick), or from the start when <paramref name="owed"/>, and then quiet for the
/// given number of ticks; once per quiet spell.
/// </summary>
public sealed class IdleDetector(int quietTicks, long allocatedBytes, bool owed = false)
{
    public const long IdleBytesPerSecond = 256 * 1024;

    private long _allocated = allocatedBytes;
    private int _quiet;
    private bool _owed = owed; // memory left behind by a busy spell (or start-up) and not yet given back

    /// <summary>Takes the process's total allocated bytes; true when it is time to trim.</summary>
    public bool Tick(long allocatedBytes)
    {
        var busy = allocatedBytes - _allocated > IdleBytesPerSecond;
        _allocated = allocatedBytes;
        if (busy)
        {
            _quiet = 0;
            _owed = true;
            return false;
        }
        return _owed && ++_quiet >= quietTicks;
    }

    /// <summary>Call after trimming, with the allocated bytes since (the trim itself allocates a little).</summary>
    public void Trimmed(long allocatedBytes)
    {
        _owed = false;
        _quiet = 0;
        _allocated = allocatedBytes;
    }
}

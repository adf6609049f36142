using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using SpasmCoach.Persistence;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Tests.Infrastructure;

public sealed class IdleMemoryTrimmerTests
{
    /// <summary>
    /// Stopped at once (as when start-up fails on a port in use), the trimmer ends quietly: a cancelled task made the
    /// host log "BackgroundService failed" beside the real error.
    /// </summary>
    [Fact]
    public async Task Stopped_EndsWithoutFailing()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Memory:TrimAfterIdleSeconds", "5")]).Build();
        using var trimmer = new IdleMemoryTrimmer(Array.Empty<IIdleMemory>(), configuration, NullLogger<IdleMemoryTrimmer>.Instance);
        using var stopping = new CancellationTokenSource();

        var running = trimmer.RunUntilStoppedAsync(stopping.Token);
        await stopping.CancelAsync();
        await running; // throws if the cancellation escapes

        Assert.Equal(TaskStatus.RanToCompletion, running.Status);
    }
}

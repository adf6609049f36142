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
    public async Task StoppedRightAfterStart_EndsWithoutFailing()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Memory:TrimAfterIdleSeconds", "5")]).Build();
        using var trimmer = new IdleMemoryTrimmer(Array.Empty<IIdleMemory>(), configuration, NullLogger<IdleMemoryTrimmer>.Instance);

        await trimmer.StartAsync(TestContext.Current.CancellationToken);
        await trimmer.StopAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(trimmer.ExecuteTask);
        Assert.Equal(TaskStatus.RanToCompletion, trimmer.ExecuteTask.Status);
    }
}

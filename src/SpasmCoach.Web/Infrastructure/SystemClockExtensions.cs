using NodaTime;

namespace SpasmCoach.Web.Infrastructure;

public static class ClockServiceCollectionExtensions
{
    /// <summary>The one clock the app reads; tests replace it with a FakeClock.</summary>
    public static IServiceCollection AddClock(this IServiceCollection services) =>
        services.AddSingleton<IClock>(SystemClock.Instance);
}

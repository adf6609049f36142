using SpasmCoach.Web.Features.Accounts;
using SpasmCoach.Web.Features.CheckIns;
using SpasmCoach.Web.Features.Diary;
using SpasmCoach.Web.Features.Episodes;
using SpasmCoach.Web.Features.Hydration;
using SpasmCoach.Web.Features.Nutrition;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features;

public static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<DiaryOwner>();
        services.AddScoped<AccountDeletion>();
        services.AddSingleton<ExistingAccounts>();
        services.AddSingleton<CalendarCache>();
        services.AddSingleton<ProfileService>();
        services.AddSingleton<EpisodeService>();
        services.AddSingleton<DrinkService>();
        services.AddSingleton<CheckInService>();
        services.AddSingleton<DiaryService>();
        // Loaded on first food use, not at start-up (decision 0005): only the Lazy is registered, so nothing loads it early.
        FoodCatalog.EnsureFilesPresent();
        services.AddSingleton(sp => new Lazy<FoodCatalog>(() => new FoodCatalog(sp.GetRequiredService<ILogger<FoodCatalog>>())));
        services.AddSingleton<NutritionService>();
        return services;
    }
}

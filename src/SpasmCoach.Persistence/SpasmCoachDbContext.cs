using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SpasmCoach.Core.CheckIns;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Persistence.Conversions;

namespace SpasmCoach.Persistence;

/// <summary>
/// The one model for both providers. <see cref="Providers.SqliteSpasmCoachDbContext"/> and
/// <see cref="Providers.PostgresSpasmCoachDbContext"/> exist only so each provider has its own migration set.
/// </summary>
public abstract class SpasmCoachDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<Episode> Episodes => Set<Episode>();

    public DbSet<Drink> Drinks => Set<Drink>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<FoodEntry> FoodEntries => Set<FoodEntry>();

    public DbSet<CustomFood> CustomFoods => Set<CustomFood>();

    public DbSet<FavouriteFood> FavouriteFoods => Set<FavouriteFood>();

    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SpasmCoachDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // The same converters for both providers, so the two schemas stay alike and SQLite can order every column.
        builder.Properties<Instant>().HaveConversion<InstantConverter>();
        builder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        builder.Properties<LocalDateTime>().HaveConversion<LocalDateTimeConverter>().HaveMaxLength(19);
        builder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
    }
}

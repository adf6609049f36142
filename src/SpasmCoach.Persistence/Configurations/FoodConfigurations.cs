using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Persistence.Configurations;

public sealed class FoodEntryConfiguration : IEntityTypeConfiguration<FoodEntry>
{
    public void Configure(EntityTypeBuilder<FoodEntry> entry)
    {
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.UserId).HasMaxLength(450);
        entry.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        entry.HasIndex(e => new { e.UserId, e.DiaryDay });
        entry.HasIndex(e => new { e.UserId, e.At });
        entry.Property(e => e.NdbNo).HasMaxLength(5);
        entry.Property(e => e.Description).HasMaxLength(FoodEntryRules.MaxNameLength + 100);
        entry.Property(e => e.AmountLabel).HasMaxLength(300);
        entry.Ignore(e => e.Nutrients);
    }
}

public sealed class CustomFoodConfiguration : IEntityTypeConfiguration<CustomFood>
{
    public void Configure(EntityTypeBuilder<CustomFood> food)
    {
        food.HasKey(f => f.Id);
        food.Property(f => f.Id).ValueGeneratedNever();
        food.Property(f => f.UserId).HasMaxLength(450);
        food.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        food.HasIndex(f => new { f.UserId, f.Name });
        food.Property(f => f.Name).HasMaxLength(FoodEntryRules.MaxNameLength);
        food.Property(f => f.ServingDescription).HasMaxLength(FoodEntryRules.MaxServingLength);
        food.Ignore(f => f.PerServing);
    }
}

public sealed class FavouriteFoodConfiguration : IEntityTypeConfiguration<FavouriteFood>
{
    public void Configure(EntityTypeBuilder<FavouriteFood> favourite)
    {
        favourite.HasKey(f => new { f.UserId, f.FoodKey });
        favourite.Property(f => f.UserId).HasMaxLength(450);
        favourite.Property(f => f.FoodKey).HasMaxLength(64);
        favourite.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

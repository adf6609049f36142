using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpasmCoach.Core.Hydration;
using SpasmCoach.Persistence.Conversions;

namespace SpasmCoach.Persistence.Configurations;

public sealed class DrinkConfiguration : IEntityTypeConfiguration<Drink>
{
    public void Configure(EntityTypeBuilder<Drink> drink)
    {
        drink.HasKey(d => d.Id);
        drink.Property(d => d.Id).ValueGeneratedNever();
        drink.Property(d => d.UserId).HasMaxLength(450);
        drink.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        drink.HasIndex(d => new { d.UserId, d.DiaryDay });
        drink.Property(d => d.Beverage).HasConversion<CodeConverter<Beverage>>().HasMaxLength(16);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Targets;
using SpasmCoach.Core.Units;
using SpasmCoach.Persistence.Conversions;

namespace SpasmCoach.Persistence.Configurations;

public sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> profile)
    {
        profile.HasKey(p => p.UserId);
        profile.Property(p => p.UserId).HasMaxLength(450);
        profile.HasOne<AppUser>().WithOne().HasForeignKey<Profile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        profile.Property(p => p.TimeZoneId).HasMaxLength(64);
        profile.Property(p => p.Units).HasConversion<CodeConverter<DisplayUnits>>().HasMaxLength(16);
        profile.Property(p => p.Sex).HasConversion<CodeConverter<Sex>>().HasMaxLength(16);
        profile.Property(p => p.LifeStage).HasConversion<CodeConverter<LifeStage>>().HasMaxLength(16);
        profile.Property(p => p.Avoid)
            .HasConversion(new CodeListConverter<FoodAvoidance>(), new CodeListComparer<FoodAvoidance>())
            .HasMaxLength(64);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpasmCoach.Core.CheckIns;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Persistence.Conversions;

namespace SpasmCoach.Persistence.Configurations;

public sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> checkIn)
    {
        checkIn.HasKey(c => new { c.UserId, c.Date });
        checkIn.Property(c => c.UserId).HasMaxLength(450);
        checkIn.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        checkIn.Property(c => c.ExerciseIntensity).HasConversion<CodeConverter<ExerciseIntensity>>().HasMaxLength(16);
        checkIn.Property(c => c.Notes).HasMaxLength(EpisodeRules.MaxNotesLength);
    }
}

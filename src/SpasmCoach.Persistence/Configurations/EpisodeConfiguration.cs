using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Persistence.Conversions;

namespace SpasmCoach.Persistence.Configurations;

public sealed class EpisodeConfiguration : IEntityTypeConfiguration<Episode>
{
    public void Configure(EntityTypeBuilder<Episode> episode)
    {
        episode.HasKey(e => e.Id);
        episode.Property(e => e.Id).ValueGeneratedNever();
        episode.Property(e => e.UserId).HasMaxLength(450);
        episode.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        // UserId first: every query reads one person's rows, so cost depends on their data, not on the user count.
        episode.HasIndex(e => new { e.UserId, e.DiaryDay });
        episode.HasIndex(e => new { e.UserId, e.StartedAt });
        episode.Property(e => e.Muscle).HasConversion<CodeConverter<Muscle>>().HasMaxLength(16);
        episode.Property(e => e.Side).HasConversion<CodeConverter<Side>>().HasMaxLength(8);
        episode.Property(e => e.Activity).HasConversion<CodeConverter<Activity>>().HasMaxLength(24);
        episode.Property(e => e.HelpedBy).HasConversion<CodeConverter<ReliefMethod>>().HasMaxLength(16);
        episode.Property(e => e.ReliefTried)
            .HasConversion(new CodeListConverter<ReliefMethod>(), new CodeListComparer<ReliefMethod>())
            .HasMaxLength(128);
        episode.Property(e => e.Notes).HasMaxLength(EpisodeRules.MaxNotesLength);
    }
}

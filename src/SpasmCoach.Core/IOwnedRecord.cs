using NodaTime;

namespace SpasmCoach.Core;

/// <summary>A record in one person's diary: its id (client-made ids allowed), its owner and when it was stored.</summary>
public interface IOwnedRecord
{
    Guid Id { get; }

    string UserId { get; }

    Instant CreatedAt { get; }
}

namespace SpasmCoach.Core;

/// <summary>A record in one person's diary: its id (client-made ids allowed) and its owner.</summary>
public interface IOwnedRecord
{
    Guid Id { get; }

    string UserId { get; }
}

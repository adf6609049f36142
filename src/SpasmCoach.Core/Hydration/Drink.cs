using NodaTime;

namespace SpasmCoach.Core.Hydration;

public enum Beverage
{
    Water,
    Tea,
    Coffee,
    Milk,
    Juice,
    SoftDrink,
    SportsDrink,
    Soup,
    Alcohol,
    Other,
}

/// <summary>One drink in a person's diary.</summary>
public sealed class Drink : IOwnedRecord
{
    public Guid Id { get; init; }

    public required string UserId { get; init; }

    public LocalDateTime AtLocal { get; set; }

    public Instant At { get; set; }

    public LocalDate DiaryDay { get; set; }

    public double VolumeMl { get; set; }

    public Beverage Beverage { get; set; }

    public Instant CreatedAt { get; init; }
}

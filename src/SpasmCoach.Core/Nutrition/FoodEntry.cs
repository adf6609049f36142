using NodaTime;

namespace SpasmCoach.Core.Nutrition;

/// <summary>One thing eaten or taken, with the nutrients it held worked out when it was logged.</summary>
/// <remarks>
/// The nutrients are a snapshot, so a later update of the food table never rewrites history. A null nutrient
/// means the source had no figure for it: unknown, not zero.
/// </remarks>
public sealed class FoodEntry : IOwnedRecord
{
    public Guid Id { get; init; }

    public required string UserId { get; init; }

    public LocalDateTime AtLocal { get; set; }

    public Instant At { get; set; }

    public LocalDate DiaryDay { get; set; }

    /// <summary>The USDA food, when it came from the table.</summary>
    public string? NdbNo { get; set; }

    /// <summary>The person's own food or supplement, when it came from there.</summary>
    public Guid? CustomFoodId { get; set; }

    public string Description { get; set; } = "";

    /// <summary>USDA portion sequence number, when a household portion was chosen.</summary>
    public int? PortionSeq { get; set; }

    /// <summary>How many portions (or servings of a custom food).</summary>
    public double? Quantity { get; set; }

    /// <summary>Grams eaten (USDA foods only).</summary>
    public double? Grams { get; set; }

    /// <summary>"1 × medium (7" to 7-7/8" long) (118 g)", "150 g", "2 × 1 tablet".</summary>
    public string AmountLabel { get; set; } = "";

    public bool IsSupplement { get; set; }

    public double? EnergyKcal { get; set; }

    public double? WaterG { get; set; }

    public double? CalciumMg { get; set; }

    public double? MagnesiumMg { get; set; }

    public double? PotassiumMg { get; set; }

    public double? SodiumMg { get; set; }

    public Instant CreatedAt { get; init; }

    public NutrientValues Nutrients
    {
        get => new(EnergyKcal, WaterG, CalciumMg, MagnesiumMg, PotassiumMg, SodiumMg);
        set => (EnergyKcal, WaterG, CalciumMg, MagnesiumMg, PotassiumMg, SodiumMg) =
            (value.EnergyKcal, value.WaterG, value.CalciumMg, value.MagnesiumMg, value.PotassiumMg, value.SodiumMg);
    }
}

/// <summary>A person's own food or supplement, with nutrients per serving (e.g. "Magnesium citrate, 200 mg per tablet").</summary>
public sealed class CustomFood : IOwnedRecord
{
    public Guid Id { get; init; }

    public required string UserId { get; init; }

    public string Name { get; set; } = "";

    public bool IsSupplement { get; set; }

    /// <summary>What one serving is: "1 tablet", "1 bar (40 g)".</summary>
    public string ServingDescription { get; set; } = "";

    public double? EnergyKcal { get; set; }

    public double? WaterG { get; set; }

    public double? CalciumMg { get; set; }

    public double? MagnesiumMg { get; set; }

    public double? PotassiumMg { get; set; }

    public double? SodiumMg { get; set; }

    public Instant CreatedAt { get; init; }

    public NutrientValues PerServing => new(EnergyKcal, WaterG, CalciumMg, MagnesiumMg, PotassiumMg, SodiumMg);
}

/// <summary>A food the person marked as a favourite: a USDA food or one of their own.</summary>
public sealed class FavouriteFood
{
    public required string UserId { get; init; }

    /// <summary>"usda:09040" or "custom:{id}".</summary>
    public required string FoodKey { get; init; }

    public Instant CreatedAt { get; init; }

    public static string UsdaKey(string ndbNo) => "usda:" + ndbNo;

    public static string CustomKey(Guid id) => "custom:" + id.ToString("D");
}

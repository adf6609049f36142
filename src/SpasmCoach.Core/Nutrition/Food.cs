namespace SpasmCoach.Core.Nutrition;

/// <summary>The nutrients SpasmCoach tracks. A null value means the source has no figure: unknown, never zero.</summary>
public sealed record NutrientValues(
    double? EnergyKcal,
    double? WaterG,
    double? CalciumMg,
    double? MagnesiumMg,
    double? PotassiumMg,
    double? SodiumMg)
{
    public static readonly NutrientValues Unknown = new(null, null, null, null, null, null);

    /// <summary>Every known value times <paramref name="factor"/>; unknown stays unknown.</summary>
    public NutrientValues Scale(double factor) => new(
        EnergyKcal * factor, WaterG * factor, CalciumMg * factor, MagnesiumMg * factor, PotassiumMg * factor, SodiumMg * factor);

    public double? Mineral(Mineral mineral) => mineral switch
    {
        Nutrition.Mineral.Calcium => CalciumMg,
        Nutrition.Mineral.Magnesium => MagnesiumMg,
        Nutrition.Mineral.Potassium => PotassiumMg,
        _ => SodiumMg,
    };
}

/// <summary>The minerals with daily targets in SpasmCoach.</summary>
public enum Mineral
{
    Calcium,
    Magnesium,
    Potassium,
    Sodium,
}

/// <summary>A USDA household measure: <see cref="Amount"/> × <see cref="Description"/> weighs <see cref="GramWeight"/> g (edible part).</summary>
public sealed record Portion(int Seq, double Amount, string Description, double GramWeight)
{
    /// <summary>"1 medium (7" to 7-7/8" long) (118 g)".</summary>
    public string Label => $"{Amount.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} {Description} ({GramWeight.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} g)";
}

/// <summary>A food from the USDA table: nutrients per 100 g of edible portion, and its household portions.</summary>
public sealed record Food(string NdbNo, string Description, string FoodGroup, NutrientValues Per100G, bool InSrLegacy, IReadOnlyList<Portion> Portions)
{
    /// <summary>Nutrients in <paramref name="grams"/> g: value per 100 g × grams ÷ 100, as USDA states it.</summary>
    public NutrientValues In(double grams) => Per100G.Scale(grams / 100);

    public Portion? PortionOf(int seq) => Portions.FirstOrDefault(p => p.Seq == seq);
}

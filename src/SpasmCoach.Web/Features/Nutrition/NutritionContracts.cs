using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Targets;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Features.Nutrition;

public sealed record FoodHit(string NdbNo, string Description, string FoodGroup);

/// <summary>Nutrients per 100 g; a nutrient USDA did not report is null (unknown, not zero).</summary>
public sealed record Per100G(double? EnergyKcal, double? WaterG, double? CalciumMg, double? MagnesiumMg, double? PotassiumMg, double? SodiumMg);

public sealed record PortionResponse(int Seq, double Amount, string Description, double GramWeight);

public sealed record FoodResponse(string NdbNo, string Description, string FoodGroup, Per100G Per100g, List<PortionResponse> Portions, bool Favourite);

/// <summary>
/// A food eaten: a USDA food by <c>{ndbNo, portionSeq, quantity}</c> or <c>{ndbNo, grams}</c>, or one of the
/// person's own foods by <c>{customFoodId, quantity}</c> (servings). <c>atLocal</c> missing means now.
/// </summary>
public sealed record FoodEntryRequest(Guid? Id, string? AtLocal, string? NdbNo, int? PortionSeq, double? Quantity, double? Grams, Guid? CustomFoodId)
{
    public FoodEntryInput ToInput() => new(AtLocal, NdbNo, PortionSeq, Quantity, Grams, CustomFoodId);
}

public sealed record FoodEntryResponse(
    Guid Id,
    string AtLocal,
    DateTime At,
    DateOnly DiaryDay,
    string? NdbNo,
    Guid? CustomFoodId,
    string Description,
    int? PortionSeq,
    double? Quantity,
    double? Grams,
    string Amount,
    bool IsSupplement,
    double? EnergyKcal,
    double? WaterG,
    double? CalciumMg,
    double? MagnesiumMg,
    double? PotassiumMg,
    double? SodiumMg);

/// <summary>A custom food or supplement; <c>kind</c> is <c>food</c> or <c>supplement</c>; nutrients per serving.</summary>
public sealed record CustomFoodRequest(
    Guid? Id, string? Name, string? Kind, string? ServingDescription,
    double? EnergyKcal, double? WaterG, double? CalciumMg, double? MagnesiumMg, double? PotassiumMg, double? SodiumMg)
{
    public CustomFoodInput ToInput() => new(Name, Kind, ServingDescription, EnergyKcal, WaterG, CalciumMg, MagnesiumMg, PotassiumMg, SodiumMg);
}

public sealed record CustomFoodResponse(
    Guid Id, string Name, string Kind, string ServingDescription,
    double? EnergyKcal, double? WaterG, double? CalciumMg, double? MagnesiumMg, double? PotassiumMg, double? SodiumMg, bool Favourite);

/// <summary>
/// A mineral's day total. <c>amountMg</c> adds up what is known; <c>foodsWithoutData</c> of <c>foodsLogged</c> had no
/// figure, so the total is then a lower bound (<c>summary</c> says so). <c>targetKind</c>: rda, ai, or cdrr (a ceiling).
/// </summary>
public sealed record MineralDayResponse(double AmountMg, int FoodsLogged, int FoodsWithoutData, double? TargetMg, string? TargetKind, string? TargetGroup, string Summary);

public sealed record MineralsResponse(MineralDayResponse Calcium, MineralDayResponse Magnesium, MineralDayResponse Potassium, MineralDayResponse Sodium);

public sealed record WarningResponse(string Code, string Message, string Source);

/// <summary>
/// A diary day's food. Like each mineral, <c>waterFromFoodMl</c> adds up only what is known: <c>foodsWithoutWater</c> of
/// <c>foodsLogged</c> had no water figure, so it is then a lower bound, and unknown (not 0 ml) when that is all of them.
/// </summary>
public sealed record NutritionDayResponse(
    DateOnly Date, double EnergyKcal, int FoodsLogged, int FoodsWithoutEnergy, double WaterFromFoodMl, MineralsResponse Nutrients,
    double SupplementMagnesiumMg, List<WarningResponse> Warnings, string TargetSource, int FoodsWithoutWater);

public sealed record SuggestedFood(string NdbNo, string Description, PortionResponse Portion, double Quantity, string PortionLabel, double AddsMg);

public sealed record NutrientSuggestions(string Nutrient, double TargetMg, double AmountMg, double GapMg, List<SuggestedFood> Foods);

public static class NutritionMapping
{
    public static FoodHit ToHit(this Food f) => new(f.NdbNo, f.Description, f.FoodGroup);

    public static PortionResponse ToResponse(this Portion p) => new(p.Seq, p.Amount, p.Description, p.GramWeight);

    public static FoodResponse ToResponse(this Food f, bool favourite) => new(
        f.NdbNo, f.Description, f.FoodGroup,
        new Per100G(f.Per100G.EnergyKcal, f.Per100G.WaterG, f.Per100G.CalciumMg, f.Per100G.MagnesiumMg, f.Per100G.PotassiumMg, f.Per100G.SodiumMg),
        [.. f.Portions.Select(p => p.ToResponse())], favourite);

    public static FoodEntryResponse ToResponse(this FoodEntry e) => new(
        e.Id, LocalTimeText.Format(e.AtLocal), e.At.ToDateTimeUtc(), e.DiaryDay.ToDateOnly(), e.NdbNo, e.CustomFoodId, e.Description,
        e.PortionSeq, e.Quantity, e.Grams, e.AmountLabel, e.IsSupplement,
        Round(e.EnergyKcal), Round(e.WaterG), Round(e.CalciumMg), Round(e.MagnesiumMg), Round(e.PotassiumMg), Round(e.SodiumMg));

    public static CustomFoodResponse ToResponse(this CustomFood f, bool favourite) => new(
        f.Id, f.Name, Codes.Of(f.IsSupplement ? CustomFoodKind.Supplement : CustomFoodKind.Food), f.ServingDescription,
        f.EnergyKcal, f.WaterG, f.CalciumMg, f.MagnesiumMg, f.PotassiumMg, f.SodiumMg, favourite);

    public static MineralDayResponse ToResponse(this MineralTotal m) => new(
        Math.Round(m.AmountMg, 1), m.FoodsLogged, m.FoodsWithoutData, m.Target?.Mg,
        m.Target is { } t ? Codes.Of(t.Kind) : null, m.Target?.Group, m.Summary());

    public static NutritionDayResponse ToResponse(this NutritionDay d) => new(
        d.Date.ToDateOnly(), Math.Round(d.EnergyKcal), d.FoodsLogged, d.FoodsWithoutEnergy, Math.Round(d.WaterFromFood.Ml),
        new MineralsResponse(d.Of(Mineral.Calcium).ToResponse(), d.Of(Mineral.Magnesium).ToResponse(), d.Of(Mineral.Potassium).ToResponse(), d.Of(Mineral.Sodium).ToResponse()),
        Math.Round(d.SupplementMagnesiumMg, 1), [.. d.Warnings.Select(w => new WarningResponse(w.Code, w.Message, w.Source))], MineralTargets.Source,
        d.WaterFromFood.FoodsWithoutData);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}

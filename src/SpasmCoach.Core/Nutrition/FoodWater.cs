using SpasmCoach.Core.Units;

namespace SpasmCoach.Core.Nutrition;

/// <summary>
/// The water in a day's logged foods (1 g of water is 1 ml). Like a mineral (<see cref="MineralTotal"/>) it adds up
/// only what is known: a food with no water figure (a tablet, an own food whose label does not say) makes the total a
/// lower bound, and foods that all lack it make it unknown, never 0 ml.
/// </summary>
public sealed record FoodWater(double Ml, int FoodsLogged, int FoodsWithoutData)
{
    public static readonly FoodWater None = new(0, 0, 0);

    public static FoodWater Of(IReadOnlyCollection<double?> waterG) =>
        new(waterG.Sum(w => w ?? 0), waterG.Count, waterG.Count(w => w is null));

    /// <summary>Foods were logged and none of them has a water figure.</summary>
    public bool IsUnknown => FoodsLogged > 0 && FoodsWithoutData == FoodsLogged;

    public bool IsLowerBound => FoodsWithoutData > 0;

    /// <summary>"250 ml", "at least 250 ml, 1 of 3 foods has no water data", "unknown: the 1 food has no water data".</summary>
    public string Summary(DisplayUnits units) =>
        IsUnknown ? FoodCount.NoneHaveData("water", FoodsLogged)
        : IsLowerBound ? $"at least {Volume.Format(Ml, units)}, {MissingData}"
        : Volume.Format(Ml, units);

    /// <summary>"1 of 3 foods has no water data".</summary>
    public string MissingData => FoodCount.SomeLackData("water", FoodsLogged, FoodsWithoutData);
}

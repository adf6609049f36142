using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Features.Hydration;

public static class DrinkLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> Beverages =
    [
        (Codes.Of(Beverage.Water), "Water"),
        (Codes.Of(Beverage.Tea), "Tea"),
        (Codes.Of(Beverage.Coffee), "Coffee"),
        (Codes.Of(Beverage.Milk), "Milk"),
        (Codes.Of(Beverage.Juice), "Juice"),
        (Codes.Of(Beverage.SoftDrink), "Soft drink"),
        (Codes.Of(Beverage.SportsDrink), "Sports drink"),
        (Codes.Of(Beverage.Soup), "Soup"),
        (Codes.Of(Beverage.Alcohol), "Alcoholic drink"),
        (Codes.Of(Beverage.Other), "Other"),
    ];

    public static string Of(Beverage beverage) => Beverages.First(b => b.Code == Codes.Of(beverage)).Label;
}

using System.Globalization;

namespace SpasmCoach.Core.Nutrition;

/// <summary>How a number of foods reads: "1 food", "3 foods", and how many of them lack a nutrient's figure.</summary>
public static class FoodCount
{
    public static string Of(int count) =>
        count.ToString("#,0", CultureInfo.InvariantCulture) + (count == 1 ? " food" : " foods");

    /// <summary>A total none of whose foods has a figure: "unknown: the 1 food has no water data".</summary>
    public static string NoneHaveData(string nutrient, int foodsLogged) => foodsLogged == 1
        ? $"unknown: the 1 food has no {nutrient} data"
        : $"unknown: none of the {Of(foodsLogged)} has {nutrient} data";

    /// <summary>Why a total is a lower bound: "2 of 7 foods have no magnesium data".</summary>
    public static string SomeLackData(string nutrient, int foodsLogged, int foodsWithoutData) =>
        $"{foodsWithoutData} of {Of(foodsLogged)} {(foodsWithoutData == 1 ? "has" : "have")} no {nutrient} data";
}

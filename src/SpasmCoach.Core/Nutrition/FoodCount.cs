using System.Globalization;

namespace SpasmCoach.Core.Nutrition;

/// <summary>How a number of foods reads: "1 food", "3 foods".</summary>
public static class FoodCount
{
    public static string Of(int count) =>
        count.ToString("#,0", CultureInfo.InvariantCulture) + (count == 1 ? " food" : " foods");
}

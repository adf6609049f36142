using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Bench;

internal static class FoodData
{
    public static FoodTable Load()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SpasmCoach.slnx")))
        {
            folder = folder.Parent;
        }
        var data = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Run from inside the repository."), "src", "SpasmCoach.Web", "FoodData");
        using var foods = new StreamReader(Path.Combine(data, "usda-sr-legacy-minerals.csv"));
        using var portions = new StreamReader(Path.Combine(data, "usda-portions.csv"));
        return FoodTable.Parse(foods, portions);
    }

    /// <summary>What people type, including typing in progress, typos and British spellings.</summary>
    public static readonly string[] Queries =
    [
        "b", "ba", "ban", "bana", "banan", "banana", "m", "mi", "mil", "milk", "whole milk", "skimmed milk", "semi-skimmed milk",
        "spinach", "spinich", "kale", "almonds", "cheddar cheese", "egg", "boiled egg", "brocoli", "avocado", "sweet potato",
        "potatoes", "salmon", "tuna", "chicken breast", "rice", "brown rice", "oats", "porridge", "bread", "wholemeal bread",
        "orange", "orange juice", "apple", "strawberries", "stawberries", "blueberries", "tomatoes", "courgette", "aubergine",
        "prawns", "chickpeas", "lentils", "black beans", "kidney beans", "tofu", "peanut butter", "pumpkin seeds", "chia seeds",
        "walnuts", "cashews", "coffee", "tea", "water", "beetroot", "rocket", "sardines", "dark chocolate", "raisins",
        "dried apricots", "figs", "coconut water", "quinoa", "pasta", "beef mince", "cottage cheese", "mozzar", "butter",
        "yoghurt", "greek yogurt", "yougurt", "raw", "cooked", "frozen vegetables mixed", "cereal", "chocolate milk",
    ];
}

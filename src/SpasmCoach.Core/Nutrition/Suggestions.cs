namespace SpasmCoach.Core.Nutrition;

/// <summary>Foods a person may say they avoid.</summary>
public enum FoodAvoidance
{
    Dairy,
    Nuts,
    Gluten,
    Meat,
    Fish,
}

/// <summary>A whole food that would add <see cref="AddsMg"/> of a mineral in a usual portion (<see cref="Quantity"/> × <see cref="Portion"/>).</summary>
public sealed record Suggestion(Food Food, Portion Portion, double Quantity, double AddsMg)
{
    public string PortionLabel => Quantity == 1 ? Portion.Label : $"{Quantity:0.##} × {Portion.Label}";
}

/// <summary>
/// For each mineral, the everyday whole foods that add most in a usual portion: leafy greens, fruit, dairy, nuts,
/// seeds, legumes, fish and whole grains (<see cref="UsualPortions"/>, each a USDA household measure). Only SR Legacy
/// foods, no branded or baby foods, and nothing the person avoids.
/// </summary>
/// <remarks>
/// The candidates are a curated list rather than the whole table: ranked by milligrams per USDA "1 cup", the table's
/// top answers are a cup of sesame seeds or raw dried beans, which nobody eats as a portion.
/// </remarks>
public sealed class SuggestionIndex
{
    private static readonly string[] GlutenWords = ["wheat", "barley", "rye", "spelt", "bulgur", "couscous", "semolina", "pasta", "noodles", "triticale", "oats", "bran"];

    /// <summary>NDB number, USDA portion sequence, how many of that portion.</summary>
    internal static readonly (string NdbNo, int Seq, double Quantity)[] UsualPortions =
    [
        ("01077", 1, 1), // Milk, whole: 1 cup
        ("01079", 1, 1), // Milk, reduced fat 2%: 1 cup
        ("01117", 1, 1), // Yogurt, plain, low fat: 1 container (6 oz)
        ("01256", 1, 1), // Yogurt, Greek, plain, nonfat: 1 container
        ("01009", 4, 1), // Cheese, cheddar: 1 oz
        ("01026", 2, 1), // Cheese, mozzarella: 1 oz
        ("01012", 1, 1), // Cheese, cottage: 4 oz
        ("11458", 1, 1), // Spinach, cooked: 1 cup
        ("11457", 1, 1), // Spinach, raw: 1 cup
        ("11233", 1, 2), // Kale, raw: 2 cups
        ("11161", 1, 1), // Collards, raw: 1 cup chopped
        ("11148", 1, 1), // Chard, swiss, cooked: 1 cup
        ("11091", 1, 1), // Broccoli, cooked: 1/2 cup
        ("11087", 1, 1), // Beet greens, cooked: 1 cup
        ("09040", 5, 1), // Bananas, raw: 1 medium
        ("09037", 1, 1), // Avocados, raw: 1 cup cubes
        ("09200", 4, 1), // Oranges, raw: 1 fruit
        ("09094", 2, 5), // Figs, dried: 5 figs
        ("09421", 1, 3), // Dates, medjool: 3 dates
        ("09298", 4, 1), // Raisins: 1 small box (1.5 oz)
        ("09176", 1, 1), // Mangos, raw: 1 cup
        ("09326", 4, 1), // Watermelon: 1 wedge
        ("09181", 2, 1), // Cantaloupe: 1 cup cubes
        ("09148", 2, 2), // Kiwifruit: 2 fruit
        ("09206", 1, 1), // Orange juice: 1 cup
        ("11674", 3, 1), // Potato, baked, flesh and skin: 1 medium
        ("11508", 3, 1), // Sweet potato, baked: 1 medium
        ("16015", 1, 1), // Beans, black, cooked: 1 cup
        ("16028", 1, 1), // Beans, kidney, cooked: 1 cup
        ("16070", 1, 1), // Lentils, cooked: 1 cup
        ("16057", 1, 1), // Chickpeas, cooked: 1 cup
        ("16043", 1, 1), // Beans, pinto, cooked: 1 cup
        ("16109", 1, 1), // Soybeans, cooked: 1 cup
        ("11212", 1, 1), // Edamame, prepared: 1 cup
        ("16426", 1, 1), // Tofu, firm, calcium sulfate: 1/2 cup
        ("16098", 1, 1), // Peanut butter: 2 tbsp
        ("12061", 5, 1), // Almonds: 1 oz (23 kernels)
        ("12087", 1, 1), // Cashews: 1 oz
        ("12155", 3, 1), // Walnuts: 7 nuts
        ("12014", 2, 1), // Pumpkin seed kernels: 1 oz
        ("12006", 1, 1), // Chia seeds: 1 oz
        ("12220", 1, 2), // Flaxseed: 2 tbsp
        ("12078", 3, 1), // Brazil nuts: 1 oz (6 kernels)
        ("15237", 1, 1), // Salmon, Atlantic, farmed, cooked: 3 oz
        ("15088", 4, 1), // Sardines, canned in oil, with bone: 1 can
        ("15121", 2, 1), // Tuna, light, canned in water: 3 oz
        ("15016", 1, 1), // Cod, cooked: 3 oz
        ("20137", 1, 1), // Quinoa, cooked: 1 cup
        ("20037", 1, 1), // Rice, brown, long-grain, cooked: 1 cup
        ("18075", 1, 2), // Bread, whole-wheat: 2 slices
    ];

    private readonly Dictionary<Mineral, Suggestion[]> _ranked;

    public SuggestionIndex(FoodTable table)
    {
        var candidates = UsualPortions
            .Select(u => (Food: table.Find(u.NdbNo), u.Seq, u.Quantity))
            .Where(c => c.Food is { InSrLegacy: true } && c.Food.FoodGroup != "Baby Foods" && !FoodSearch.HasBrand(c.Food.Description) && c.Food.PortionOf(c.Seq) is not null)
            .Select(c => (Food: c.Food!, Portion: c.Food!.PortionOf(c.Seq)!, c.Quantity))
            .ToList();
        _ranked = NutritionDay.Tracked.Where(m => m != Mineral.Sodium).ToDictionary(m => m, m =>
            candidates
                .Select(c => new Suggestion(c.Food, c.Portion, c.Quantity, c.Food.In(c.Portion.GramWeight * c.Quantity).Mineral(m) ?? 0))
                .Where(s => s.AddsMg > 0)
                .OrderByDescending(s => s.AddsMg)
                .ToArray());
    }

    /// <summary>The best <paramref name="count"/> foods for <paramref name="mineral"/>, leaving out what the person avoids.</summary>
    public IReadOnlyList<Suggestion> For(Mineral mineral, IReadOnlyCollection<FoodAvoidance> avoid, int count = 5)
    {
        if (!_ranked.TryGetValue(mineral, out var ranked))
        {
            return [];
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<Suggestion>(count);
        foreach (var suggestion in ranked)
        {
            if (avoid.Any(a => Avoided(suggestion.Food, a)) || !names.Add(NameOf(suggestion.Food)))
            {
                continue;
            }
            result.Add(suggestion);
            if (result.Count == count)
            {
                break;
            }
        }
        return result;
    }

    internal static bool Avoided(Food food, FoodAvoidance avoidance) => avoidance switch
    {
        FoodAvoidance.Dairy => food.FoodGroup == "Dairy and Egg Products" && !food.Description.StartsWith("Egg", StringComparison.OrdinalIgnoreCase),
        FoodAvoidance.Nuts => food.Description.StartsWith("Nuts", StringComparison.OrdinalIgnoreCase) || Contains(food.Description, "peanut"),
        FoodAvoidance.Gluten => food.FoodGroup is "Baked Products" or "Breakfast Cereals"
            || (food.FoodGroup == "Cereal Grains and Pasta" && GlutenWords.Any(w => Contains(food.Description, w))),
        FoodAvoidance.Meat => food.FoodGroup is "Poultry Products" or "Beef Products" or "Pork Products" or "Lamb, Veal, and Game Products" or "Sausages and Luncheon Meats",
        _ => food.FoodGroup == "Finfish and Shellfish Products",
    };

    private static string NameOf(Food food) => food.Description.Split(',')[0].Trim() is var first && first is "Nuts" or "Seeds" or "Fish" or "Beans" or "Cheese"
        ? first + "," + food.Description.Split(',').ElementAtOrDefault(1)
        : food.Description.Split(',')[0].Trim();

    private static bool Contains(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}

namespace SpasmCoach.Core.Nutrition;

/// <summary>
/// Everyday whole foods that should come first when a search is ambiguous ("milk" means a glass of milk, not
/// milk chocolate). A ranking prior only: it never hides a food.
/// </summary>
internal static class StapleFoods
{
    private static readonly HashSet<string> NdbNumbers =
    [
        "09040", // Bananas, raw
        "09003", // Apples, raw, with skin
        "09200", // Oranges, raw, all commercial varieties
        "09316", // Strawberries, raw
        "09050", // Blueberries, raw
        "09132", // Grapes, red or green, raw
        "09037", // Avocados, raw
        "09176", // Mangos, raw
        "09252", // Pears, raw
        "09326", // Watermelon, raw
        "09206", // Orange juice, raw
        "09298", // Raisins, seedless
        "01077", // Milk, whole, 3.25% milkfat
        "01079", // Milk, reduced fat, fluid, 2% milkfat
        "01082", // Milk, lowfat, fluid, 1% milkfat
        "01085", // Milk, nonfat, fluid (fat free or skim)
        "01116", // Yogurt, plain, whole milk
        "01117", // Yogurt, plain, low fat
        "01009", // Cheese, cheddar
        "01026", // Cheese, mozzarella, whole milk
        "01012", // Cheese, cottage, creamed
        "01001", // Butter, salted
        "01123", // Egg, whole, raw, fresh
        "11457", // Spinach, raw
        "11233", // Kale, raw
        "11090", // Broccoli, raw
        "11124", // Carrots, raw
        "11529", // Tomatoes, red, ripe, raw, year round average
        "11282", // Onions, raw
        "11215", // Garlic, raw
        "11205", // Cucumber, with peel, raw
        "11260", // Mushrooms, white, raw
        "11251", // Lettuce, cos or romaine, raw
        "11080", // Beets, raw
        "11959", // Arugula, raw
        "11209", // Eggplant, raw
        "11477", // Squash, summer, zucchini, includes skin, raw
        "11304", // Peas, green, raw
        "11674", // Potatoes, baked, flesh and skin, without salt
        "11508", // Sweet potato, cooked, baked in skin, flesh, without salt
        "18069", // Bread, white, commercially prepared
        "18075", // Bread, whole-wheat, commercially prepared
        "20045", // Rice, white, long-grain, regular, enriched, cooked
        "20137", // Quinoa, cooked
        "20121", // Pasta, cooked, enriched, without added salt
        "08120", // Cereals, oats, regular and quick, not fortified, dry
        "12061", // Nuts, almonds
        "12087", // Nuts, cashew nuts, raw
        "12155", // Nuts, walnuts, english
        "12014", // Seeds, pumpkin and squash seed kernels, dried
        "12006", // Seeds, chia seeds, dried
        "16098", // Peanut butter, smooth style, with salt
        "16015", // Beans, black, mature seeds, cooked, boiled, without salt
        "16028", // Beans, kidney, all types, mature seeds, cooked, boiled, without salt
        "16070", // Lentils, mature seeds, cooked, boiled, without salt
        "16057", // Chickpeas, mature seeds, cooked, boiled, without salt
        "16426", // Tofu, raw, firm, prepared with calcium sulfate
        "05064", // Chicken, broilers or fryers, breast, meat only, cooked, roasted
        "15237", // Fish, salmon, Atlantic, farmed, cooked, dry heat
        "15121", // Fish, tuna, light, canned in water, drained solids
        "15088", // Fish, sardine, Atlantic, canned in oil, drained solids with bone
        "15016", // Fish, cod, Atlantic, cooked, dry heat
        "15151", // Crustaceans, shrimp, mixed species, cooked, moist heat
        "23567", // Beef, ground, 85% lean meat / 15% fat, raw
        "05168", // Turkey, whole, meat only, cooked, roasted
        "14411", // Beverages, water, tap, drinking
        "14209", // Beverages, coffee, brewed, prepared with tap water
        "14355", // Beverages, tea, black, brewed, prepared with tap water
    ];

    public static bool Contains(string ndbNo) => NdbNumbers.Contains(ndbNo);
}

using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Core.Tests.Nutrition;

/// <summary>
/// Queries a real person would type, each with the answers a person would accept in the first places.
/// A case passes when each of the first <c>Places</c> results starts with one of the acceptable descriptions.
/// </summary>
public sealed class FoodSearchTests
{
    public static TheoryData<string, string[], int> Queries => new()
    {
        // Common foods, plural and singular
        { "banana", ["Bananas, raw", "Bananas, dehydrated", "Pepper, banana"], 1 },
        { "bananas", ["Bananas, raw"], 1 },
        { "milk", ["Milk, whole", "Milk, reduced fat, fluid", "Milk, lowfat, fluid", "Milk, nonfat, fluid"], 3 },
        { "whole milk", ["Milk, whole", "Milk, dry, whole"], 3 },
        { "spinach", ["Spinach"], 3 },
        { "kale", ["Kale"], 3 },
        { "almonds", ["Nuts, almonds", "Oil, almond"], 3 },
        { "almond", ["Nuts, almonds", "Oil, almond"], 3 },
        { "cheddar", ["Cheese, cheddar"], 3 },
        { "egg", ["Egg, whole", "Egg, yolk", "Egg, white"], 3 },
        { "eggs", ["Egg, whole", "Egg, yolk", "Egg, white"], 3 },
        { "broccoli", ["Broccoli"], 3 },
        { "avocado", ["Avocados, raw"], 3 },
        { "potato", ["Potatoes"], 3 },
        { "potatoes", ["Potatoes"], 3 },
        { "sweet potato", ["Sweet potato"], 3 },
        { "salmon", ["Fish, salmon"], 3 },
        { "tuna", ["Fish, tuna"], 3 },
        { "rice", ["Rice, white", "Rice, brown"], 3 },
        { "apple", ["Apples, raw"], 3 },
        { "orange", ["Oranges, raw", "Orange juice, raw"], 3 },
        { "strawberries", ["Strawberries"], 3 },
        { "blueberries", ["Blueberries"], 3 },
        { "tomatoes", ["Tomatoes"], 3 },
        { "lentils", ["Lentils"], 3 },
        { "tofu", ["Tofu"], 3 },
        { "walnuts", ["Nuts, walnuts", "Oil, walnut"], 3 },
        { "cashews", ["Nuts, cashew"], 3 },
        { "raisins", ["Raisins"], 3 },
        { "figs", ["Figs"], 3 },
        { "quinoa", ["Quinoa"], 2 },
        { "pasta", ["Pasta"], 3 },
        { "butter", ["Butter"], 3 },
        { "coffee", ["Beverages, coffee, brewed"], 1 },
        { "tea", ["Beverages, tea"], 3 },
        { "water", ["Beverages, water", "Water, bottled"], 2 },
        { "bread", ["Bread, whole-wheat", "Bread, white", "Bread, egg", "Bread, rye"], 3 },
        { "oats", ["Cereals, oats", "Oats", "Oat bran"], 3 },
        // Two-word queries
        { "orange juice", ["Orange juice"], 3 },
        { "greek yogurt", ["Yogurt, Greek"], 3 },
        { "chicken breast", ["Chicken, broilers or fryers, breast", "Chicken breast"], 3 },
        { "brown rice", ["Rice, brown"], 3 },
        { "black beans", ["Beans, black"], 3 },
        { "kidney beans", ["Beans, kidney"], 3 },
        { "peanut butter", ["Peanut butter"], 3 },
        { "pumpkin seeds", ["Seeds, pumpkin"], 3 },
        { "chia seeds", ["Seeds, chia"], 1 },
        { "dark chocolate", ["Chocolate, dark"], 3 },
        { "dried apricots", ["Apricots, dried"], 3 },
        { "cottage cheese", ["Cheese, cottage"], 3 },
        { "coconut water", ["Beverages, Coconut water", "Nuts, coconut water", "Nuts, coconut milk"], 2 },
        { "boiled egg", ["Egg, whole, cooked, hard-boiled"], 1 },
        // Typos
        { "bananna", ["Bananas, raw"], 1 },
        { "spinich", ["Spinach"], 1 },
        { "brocoli", ["Broccoli"], 1 },
        { "avacado", ["Avocados, raw"], 3 },
        { "stawberries", ["Strawberries"], 1 },
        { "yougurt", ["Yogurt"], 3 },
        // Typing in progress
        { "bana", ["Bananas, raw"], 1 },
        { "ba", ["Bananas, raw", "Beverages, water", "Bread", "Butter", "Beans", "Beef", "Bacon"], 1 },
        { "mil", ["Milk, whole", "Milk, reduced fat, fluid", "Milk, lowfat, fluid", "Milk, nonfat, fluid"], 2 },
        { "mozzar", ["Cheese, mozzarella"], 3 },
        // British spellings and words
        { "yoghurt", ["Yogurt, plain"], 2 },
        { "courgette", ["Squash, zucchini", "Squash, summer, zucchini"], 3 },
        { "aubergine", ["Eggplant"], 3 },
        { "prawns", ["Crustaceans, shrimp"], 3 },
        { "beetroot", ["Beets", "Beet greens"], 3 },
        { "rocket", ["Arugula"], 1 },
        { "porridge", ["Cereals, oats", "Oats", "Oat bran"], 2 },
        { "wholemeal bread", ["Bread, whole-wheat"], 3 },
        { "skimmed milk", ["Milk, nonfat", "Milk, fluid, nonfat"], 3 },
        { "semi-skimmed milk", ["Milk, reduced fat, fluid, 2%"], 3 },
        { "beef mince", ["Beef, ground"], 3 },
        { "chickpeas", ["Chickpea"], 3 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Search_RealQueries_PutAcceptableFoodsFirst(string query, string[] acceptable, int places)
    {
        var results = UsdaData.Search.Search(query, 10);

        Assert.True(results.Count >= places, $"'{query}' found only {results.Count} foods.");
        for (var i = 0; i < places; i++)
        {
            Assert.True(
                acceptable.Any(a => results[i].Description.StartsWith(a, StringComparison.OrdinalIgnoreCase)),
                $"'{query}' result {i + 1} was '{results[i].Description}'. Top 5: {string.Join(" | ", results.Take(5).Select(r => r.Description))}");
        }
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("apple")]
    [InlineData("milk")]
    [InlineData("chicken")]
    [InlineData("oatmeal")]
    [InlineData("pears")]
    public void Search_PlainWholeFoods_ComeBeforeBrandedAndBabyFoods(string query)
    {
        var results = UsdaData.Search.Search(query, 20);
        var firstOther = results.ToList().FindIndex(f => f.FoodGroup is "Baby Foods" or "Fast Foods" or "Restaurant Foods" || !f.InSrLegacy || Core.Nutrition.FoodSearch.HasBrand(f.Description));
        if (firstOther < 0)
        {
            return;
        }
        var laterPlain = results.Skip(firstOther).Where(f => f.FoodGroup is not ("Baby Foods" or "Fast Foods" or "Restaurant Foods") && f.InSrLegacy && !Core.Nutrition.FoodSearch.HasBrand(f.Description)).ToList();

        Assert.True(laterPlain.Count == 0 || firstOther >= 5,
            $"'{query}': '{results[firstOther].Description}' ranks above plain foods like '{laterPlain.FirstOrDefault()?.Description}'.");
    }

    [Fact]
    public void Search_BabyFoodAsked_FindsBabyFood()
    {
        Assert.Equal("Baby Foods", UsdaData.Search.Search("baby food banana", 1)[0].FoodGroup);
    }

    // The app runs with invariant globalization (no ICU, docs/performance.md); accents must still come off.
    [Theory]
    [InlineData("Jalapeño", "jalapeno")]
    [InlineData("CRÈME", "creme")]
    [InlineData("purée", "puree")]
    [InlineData("Crêpes", "crepe")]
    [InlineData("smørrebrød", "smorrebrod")]
    [InlineData("Straße", "strasse")]
    [InlineData("Œufs", "oeuf")]
    [InlineData("pure\u0301e", "puree")] // the accent typed as a separate combining character
    public void Normalise_AccentedWord_LosesAccentsAndPlural(string word, string expected)
    {
        Assert.Equal(expected, SearchText.Normalise(word));
    }

    [Fact]
    public void Search_AccentedQuery_FindsTheUnaccentedFood()
    {
        Assert.StartsWith("Peppers, jalapeno", UsdaData.Search.Search("jalapeño", 1)[0].Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("with and of")]
    [InlineData("zzzzqqqq")]
    public void Search_NothingToFind_ReturnsEmpty(string query)
    {
        Assert.Empty(UsdaData.Search.Search(query, 10));
    }

    [Fact]
    public void Search_Limit_IsRespectedAndCappedAtFifty()
    {
        Assert.Equal(3, UsdaData.Search.Search("cheese", 3).Count);
        Assert.Equal(50, UsdaData.Search.Search("raw", 500).Count);
    }
}

using System.Diagnostics;
using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Web.Features.Nutrition;

/// <summary>
/// The USDA food table, its search index and the suggestion list, loaded once from FoodData/ next to the app and
/// held in memory for the life of the process (see docs/decisions/0005-food-table-in-memory.md).
/// </summary>
public sealed class FoodCatalog
{
    public FoodCatalog(ILogger<FoodCatalog> logger)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "FoodData");
        var watch = Stopwatch.StartNew();
        using (var foods = new StreamReader(Path.Combine(folder, "usda-sr-legacy-minerals.csv")))
        using (var portions = new StreamReader(Path.Combine(folder, "usda-portions.csv")))
        {
            Table = FoodTable.Parse(foods, portions);
        }
        Search = new FoodSearch(Table);
        Suggestions = new SuggestionIndex(Table);
        LoadTime = watch.Elapsed;
        logger.LogInformation("Loaded {Count} USDA foods in {Milliseconds} ms", Table.Foods.Count, (int)LoadTime.TotalMilliseconds);
    }

    public FoodTable Table { get; }

    public FoodSearch Search { get; }

    public SuggestionIndex Suggestions { get; }

    public TimeSpan LoadTime { get; }
}

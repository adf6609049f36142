using System.Diagnostics;
using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Web.Features.Nutrition;

/// <summary>
/// The USDA food table, its search index and the suggestion list, loaded once from FoodData/ next to the app and
/// held in memory for the life of the process (see docs/decisions/0005-food-table-in-memory.md).
/// </summary>
public sealed class FoodCatalog
{
    private const string FoodsFile = "usda-sr-legacy-minerals.csv";
    private const string PortionsFile = "usda-portions.csv";
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "FoodData");

    public FoodCatalog(ILogger<FoodCatalog> logger)
    {
        var watch = Stopwatch.StartNew();
        using (var foods = new StreamReader(Path.Combine(Folder, FoodsFile)))
        using (var portions = new StreamReader(Path.Combine(Folder, PortionsFile)))
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

    /// <summary>
    /// The table loads on first use (decision 0005), so start-up checks only that its files are there: an app copied
    /// without them stops at once, rather than starting ready and failing on every food page.
    /// </summary>
    public static void EnsureFilesPresent() => EnsureFilesPresent(Folder);

    internal static void EnsureFilesPresent(string folder)
    {
        foreach (var file in new[] { Path.Combine(folder, FoodsFile), Path.Combine(folder, PortionsFile) })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"The USDA food table is missing: {file}. It is published with the app (FoodData/).", file);
            }
        }
    }
}

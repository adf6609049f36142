using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Core.Tests.Nutrition;

/// <summary>The product's own copy of the USDA tables (src/SpasmCoach.Web/FoodData), loaded once for all tests.</summary>
public static class UsdaData
{
    private static readonly Lazy<FoodTable> Loaded = new(() =>
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "SpasmCoach.Web", "FoodData");
        using var foods = new StreamReader(Path.Combine(folder, "usda-sr-legacy-minerals.csv"));
        using var portions = new StreamReader(Path.Combine(folder, "usda-portions.csv"));
        return FoodTable.Parse(foods, portions);
    });

    private static readonly Lazy<FoodSearch> Index = new(() => new FoodSearch(Loaded.Value));

    public static FoodTable Table => Loaded.Value;

    public static FoodSearch Search => Index.Value;

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SpasmCoach.slnx")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("SpasmCoach.slnx not found above " + AppContext.BaseDirectory);
    }
}

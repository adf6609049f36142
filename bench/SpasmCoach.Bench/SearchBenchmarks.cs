using BenchmarkDotNet.Attributes;
using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Bench;

/// <summary>
/// The food search against a baseline measured in the same run: a plain case-insensitive substring scan of every
/// description (what a first version would do; it finds no typos, plurals or British spellings and ranks nothing).
/// Each invocation runs every query in <see cref="FoodData.Queries"/> once.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private FoodTable _table = null!;
    private FoodSearch _search = null!;

    [GlobalSetup]
    public void Setup()
    {
        _table = FoodData.Load();
        _search = new FoodSearch(_table);
    }

    [Benchmark(Baseline = true, Description = "substring scan (baseline)")]
    public int SubstringScan()
    {
        var found = 0;
        foreach (var query in FoodData.Queries)
        {
            var taken = 0;
            foreach (var food in _table.Foods)
            {
                if (food.Description.Contains(query, StringComparison.OrdinalIgnoreCase) && ++taken == 10)
                {
                    break;
                }
            }
            found += taken;
        }
        return found;
    }

    [Benchmark(Description = "FoodSearch.Search")]
    public int RankedSearch()
    {
        var found = 0;
        foreach (var query in FoodData.Queries)
        {
            found += _search.Search(query, 10).Count;
        }
        return found;
    }
}

using System.Diagnostics;
using SpasmCoach.Core.Nutrition;

namespace SpasmCoach.Bench;

/// <summary>
/// Per-query latency of the food search: every query in <see cref="FoodData.Queries"/>, many rounds, each timed on
/// its own, after a warm-up. BenchmarkDotNet reports means of many invocations; this reports the tail a person feels.
/// </summary>
internal static class SearchLatency
{
    public static void Run(int rounds = 200)
    {
        var loadWatch = Stopwatch.StartNew();
        var table = FoodData.Load();
        var parsed = loadWatch.Elapsed;
        var search = new FoodSearch(table);
        var indexed = loadWatch.Elapsed - parsed;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(search);

        for (var i = 0; i < 20; i++)
        {
            foreach (var q in FoodData.Queries)
            {
                search.Search(q, 10);
            }
        }

        var samples = new List<double>(rounds * FoodData.Queries.Length);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var q in FoodData.Queries)
            {
                var start = Stopwatch.GetTimestamp();
                search.Search(q, 10);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        samples.Sort();
        double P(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
        Console.WriteLine($"foods: {table.Foods.Count}, queries: {FoodData.Queries.Length} x {rounds} rounds = {samples.Count} timed searches");
        Console.WriteLine($"parse CSV: {parsed.TotalMilliseconds:0} ms, build index: {indexed.TotalMilliseconds:0} ms, managed heap after load: {before / 1024.0 / 1024.0:0.0} MB");
        Console.WriteLine($"per query: p50 {P(0.50):0.000} ms, p90 {P(0.90):0.000} ms, p99 {P(0.99):0.000} ms, max {samples[^1]:0.000} ms");
    }
}

using BenchmarkDotNet.Running;
using SpasmCoach.Bench;

// search           per-query latency percentiles of the food search (Stopwatch, after warm-up)
// anything else    BenchmarkDotNet: dotnet run -c Release -- --filter '*SearchBenchmarks*'
if (args is ["search", ..])
{
    SearchLatency.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);

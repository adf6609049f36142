using System.Reflection;
using SpasmCoach.Core.Time;

namespace SpasmCoach.Core.Tests;

public sealed class ArchitectureTests
{
    // Core is pure: the BCL and NodaTime only. No EF, no ASP.NET, no I/O libraries (architecture §2).
    private static readonly string[] Allowed = ["System", "System.", "netstandard", "mscorlib", "Microsoft.Win32.Primitives", "NodaTime"];

    // BCL assemblies that exist to do I/O or networking; Core must not reference them.
    private static readonly string[] Forbidden = ["System.Net", "System.IO.FileSystem", "System.Data", "System.Console", "System.Diagnostics.Process"];

    [Fact]
    public void CoreAssembly_ReferencesOnlyTheBclAndNodaTime()
    {
        var references = typeof(DiaryDayRule).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var outside = references.Where(name => !Allowed.Any(a => a.EndsWith('.') ? name.StartsWith(a, StringComparison.Ordinal) : name == a)).ToList();
        var io = references.Where(name => Forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal))).ToList();

        Assert.True(outside.Count == 0, "Core references assemblies outside its allow-list: " + string.Join(", ", outside));
        Assert.True(io.Count == 0, "Core references I/O assemblies: " + string.Join(", ", io));
    }

    [Fact]
    public void CoreTypes_NeverReadTheSystemClock()
    {
        // The clock comes in as an argument; DateTime.Now/UtcNow and SystemClock would make Core untestable.
        var offenders = typeof(DiaryDayRule).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetMethodBody() is not null)
            .Where(m => CallsClock(m))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.True(offenders.Count == 0, "Core reads the clock in: " + string.Join(", ", offenders));
    }

    private static bool CallsClock(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call / callvirt followed by a metadata token
            if (il[i] is 0x28 or 0x6F)
            {
                var token = BitConverter.ToInt32(il, i + 1);
                try
                {
                    var called = method.Module.ResolveMethod(token);
                    if (called is not null && IsClockRead(called))
                    {
                        return true;
                    }
                }
                catch (ArgumentException)
                {
                    // Not a method token at this offset; keep scanning.
                }
            }
        }
        return false;
    }

    private static bool IsClockRead(MethodBase called) =>
        (called.DeclaringType == typeof(DateTime) && called.Name is "get_Now" or "get_UtcNow" or "get_Today")
        || (called.DeclaringType == typeof(DateTimeOffset) && called.Name is "get_Now" or "get_UtcNow")
        || (called.DeclaringType == typeof(NodaTime.SystemClock));
}

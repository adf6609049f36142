using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SpasmCoach.E2E.Accessibility;

/// <summary>axe-core with the WCAG 2.0 and 2.1 A and AA rules (architecture §3: zero violations on every page).</summary>
public static class Axe
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Every violation on the page as it is now, one line per element: "where: rule (impact) target: help".</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(Wcag21AA);
        return
        [
            .. result.Violations.SelectMany(v => v.Nodes.Select(n =>
                $"{where} {page.Url}: {v.Id} ({v.Impact}) {n.Target}: {v.Help}. {Why(n)}")),
        ];
    }

    private static string Why(AxeResultNode node) =>
        string.Join(" ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message));

    public static void AssertNone(IReadOnlyCollection<string> violations)
    {
        if (violations.Count > 0)
        {
            Assert.Fail($"{violations.Count} axe violation(s):\n" + string.Join("\n", violations));
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using SpasmCoach.Core.Tests.Nutrition;

namespace SpasmCoach.Core.Tests.Targets;

/// <summary>
/// Reads the intake tables of docs/clinical-facts.md (the project's copy of the shared clinical facts), so the
/// tests check Core's tables against the document every number must cite.
/// </summary>
public static partial class ClinicalFactsTables
{
    /// <summary>One cell: the age band as written ("9–13 y", "0–6 mo", "71+ y"), the column, and mg/day.</summary>
    public sealed record Cell(string Band, int FromMonths, int ToMonths, string Column, double Value);

    public static string Text() => File.ReadAllText(Path.Combine(UsdaData.RepositoryRoot(), "docs", "clinical-facts.md"));

    /// <summary>The table that follows the bold heading starting with <paramref name="heading"/> (e.g. "**Calcium").</summary>
    public static List<Cell> Table(string heading)
    {
        var lines = Text().Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException($"No '{heading}' in clinical-facts.md");
        }
        var rows = lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        var header = Split(rows[0]);
        var cells = new List<Cell>();
        foreach (var row in rows.Skip(2))
        {
            var values = Split(row);
            if (values[0].Length == 0 || !char.IsDigit(values[0][0]))
            {
                continue; // "pregnant (14–50 y)" rows are checked by their own tests
            }
            var (from, to) = Band(values[0]);
            for (var c = 1; c < values.Length && c < header.Length; c++)
            {
                if (values[c].Length > 0)
                {
                    cells.Add(new Cell(values[0], from, to, header[c], double.Parse(values[c].Replace(",", ""), CultureInfo.InvariantCulture)));
                }
            }
        }
        return cells;
    }

    private static string[] Split(string row) => [.. row.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    /// <summary>"9–13 y" → [108, 168) months; "0–6 mo" → [0, 7); "71+ y" → [852, ∞).</summary>
    public static (int From, int To) Band(string band)
    {
        var match = BandPattern().Match(band);
        if (!match.Success)
        {
            throw new FormatException(band);
        }
        var unit = match.Groups["unit"].Value == "mo" ? 1 : 12;
        var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture) * unit;
        if (match.Groups["plus"].Success)
        {
            return (from, int.MaxValue);
        }
        // "1–3 y" runs to the 4th birthday; "7–12 mo" ends at the first birthday, where "1–3 y" begins.
        var to = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
        return (from, unit == 1 ? Math.Min(to + 1, 12) : (to + 1) * unit);
    }

    [GeneratedRegex(@"^(?<from>\d+)(?:–(?<to>\d+)|(?<plus>\+))\s*(?<unit>mo|y)")]
    private static partial Regex BandPattern();
}

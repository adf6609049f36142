using System.Globalization;

namespace SpasmCoach.Core.Nutrition;

/// <summary>
/// The USDA food composition table (SR28 values; see FoodData/README.md): 8,790 foods with their portions, held in
/// memory. Parsing is pure: the caller opens the files.
/// </summary>
public sealed class FoodTable
{
    private readonly Dictionary<string, Food> _byNdb;

    private FoodTable(IReadOnlyList<Food> foods)
    {
        Foods = foods;
        _byNdb = foods.ToDictionary(f => f.NdbNo, StringComparer.Ordinal);
    }

    public IReadOnlyList<Food> Foods { get; }

    public Food? Find(string? ndbNo) => ndbNo is not null && _byNdb.TryGetValue(ndbNo, out var food) ? food : null;

    /// <summary>
    /// Reads <c>usda-sr-legacy-minerals.csv</c> and <c>usda-portions.csv</c> (RFC 4180, invariant numbers; an empty
    /// cell is an unknown value, never zero).
    /// </summary>
    public static FoodTable Parse(TextReader foods, TextReader portions)
    {
        var portionsByFood = new Dictionary<string, List<Portion>>(StringComparer.Ordinal);
        foreach (var row in Csv.Rows(portions).Skip(1))
        {
            if (!portionsByFood.TryGetValue(row[0], out var list))
            {
                portionsByFood[row[0]] = list = [];
            }
            list.Add(new Portion(int.Parse(row[1], CultureInfo.InvariantCulture), Number(row[2])!.Value, row[3], Number(row[4])!.Value));
        }

        var table = new List<Food>(9000);
        foreach (var row in Csv.Rows(foods).Skip(1))
        {
            var values = new NutrientValues(Number(row[3]), Number(row[4]), Number(row[5]), Number(row[6]), Number(row[7]), Number(row[8]));
            var foodPortions = portionsByFood.TryGetValue(row[0], out var p) ? p.OrderBy(x => x.Seq).ToArray() : [];
            table.Add(new Food(row[0], row[1], row[2], values, row[9] == "1", foodPortions));
        }
        return new FoodTable(table);
    }

    private static double? Number(string text) =>
        text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>A minimal RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes.</summary>
internal static class Csv
{
    public static IEnumerable<List<string>> Rows(TextReader reader)
    {
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    yield return row;
                    row = [];
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}

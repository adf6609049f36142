using System.Globalization;
using System.Text;

namespace SpasmCoach.Core.Nutrition;

/// <summary>How food descriptions and queries are cut into comparable words.</summary>
internal static class SearchText
{
    private static readonly HashSet<string> StopWords = ["with", "and", "or", "of", "in", "the", "a", "an", "by", "for", "to", "from", "as", "made", "ns", "nfs"];

    // Plurals in -ies whose singular ends in -ie.
    private static readonly HashSet<string> IeWords = ["cookies", "pies", "brownies", "smoothies", "calories", "veggies", "sweeties", "rotis"];

    // British and other spellings a person types, mapped to the words USDA uses (after plural stripping).
    private static readonly Dictionary<string, string[]> QueryWords = new(StringComparer.Ordinal)
    {
        ["yoghurt"] = ["yogurt"], ["yogourt"] = ["yogurt"], ["courgette"] = ["zucchini"], ["aubergine"] = ["eggplant"],
        ["prawn"] = ["shrimp"], ["rocket"] = ["arugula"], ["swede"] = ["rutabaga"], ["beetroot"] = ["beet"],
        ["porridge"] = ["oat"], ["mince"] = ["ground"], ["minced"] = ["ground"], ["crisp"] = ["chip"],
        ["sweetcorn"] = ["corn"], ["maize"] = ["corn"], ["chilli"] = ["chili"], ["fibre"] = ["fiber"],
        ["flavour"] = ["flavor"], ["flavoured"] = ["flavored"], ["skimmed"] = ["skim"], ["garbanzo"] = ["chickpea"],
        ["tinned"] = ["canned"], ["wholemeal"] = ["whole", "wheat"], ["wholewheat"] = ["whole", "wheat"],
["aluminium"] = ["aluminum"], ["mangetout"] = ["snow", "pea"], ["clementine"] = ["tangerine"],
        ["satsuma"] = ["tangerine"], ["gherkin"] = ["pickle"], ["jacket"] = ["baked"], ["spud"] = ["potato"],
        ["kipper"] = ["herring"], ["haddock"] = ["haddock"], ["coley"] = ["pollock"], ["pak"] = ["pak"],
    };

    private static readonly HashSet<string> CookingWords = ["cooked", "boiled", "baked", "roasted", "fried", "grilled", "broiled", "steamed", "canned", "dried", "frozen", "stewed", "braised", "microwaved", "toasted", "dehydrated"];

    public static bool IsCookingWord(string word) => CookingWords.Contains(word);

    // First parts of descriptions that name a category, not the food: "Nuts, almonds", "Fish, salmon, Atlantic".
    private static readonly HashSet<string> CategoryWords =
    [
        "fish", "nut", "seed", "beverage", "cheese", "crustacean", "mollusk", "cereal", "bean", "spice", "candy",
        "candies", "snack", "babyfood", "soup", "sauce", "alcoholic", "oil", "cookie", "cracker", "squash", "game",
        "infant", "formula", "fast", "restaurant",
    ];

    public static bool IsCategoryWord(string word) => CategoryWords.Contains(word);

    /// <summary>One word of a description: its comma-separated segment (parentheses do not split) and its place in it.</summary>
    public readonly record struct Word(string Text, int Segment, int Position);

    public static List<Word> DescriptionWords(string description)
    {
        var words = new List<Word>();
        var segment = 0;
        var position = 0;
        var depth = 0;
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length == 0)
            {
                return;
            }
            var word = Normalise(current.ToString());
            current.Clear();
            if (word.Length > 0 && !StopWords.Contains(word))
            {
                words.Add(new Word(word, segment, position++));
            }
        }
        foreach (var ch in description)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(ch);
                continue;
            }
            if (ch is '\'' or '’')
            {
                continue; // "kellogg's" is one word
            }
            Flush();
            if (ch == '(')
            {
                depth++;
            }
            else if (ch == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (ch == ',' && depth == 0)
            {
                segment++;
                position = 0;
            }
        }
        Flush();
        return words;
    }

    /// <summary>The words of a query, with British spellings mapped to USDA's; stop words dropped.</summary>
    public static List<string> QueryTerms(string query)
    {
        var terms = new List<string>();
        query = query.ToLowerInvariant().Replace("semi-skimmed", "reduced fat", StringComparison.Ordinal).Replace("semi skimmed", "reduced fat", StringComparison.Ordinal)
            .Replace("baby food", "babyfood", StringComparison.Ordinal);
        foreach (var raw in query.Split((char[])[' ', ',', '-', '/', '(', ')', '.', ';', ':', '&', '+', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Normalise(new string(raw.Where(c => char.IsLetterOrDigit(c)).ToArray()));
            if (word.Length == 0 || StopWords.Contains(word))
            {
                continue;
            }
            foreach (var mapped in QueryWords.TryGetValue(word, out var replacement) ? replacement : [word])
            {
                if (!terms.Contains(mapped))
                {
                    terms.Add(mapped);
                }
            }
        }
        return terms;
    }

    /// <summary>Lower case, accents removed, plural endings stripped ("Bananas" → "banana", "berries" → "berry").</summary>
    public static string Normalise(string word)
    {
        var lower = RemoveDiacritics(word.ToLowerInvariant());
        return Singular(lower);
    }

    internal static string Singular(string w)
    {
        if (w.Length <= 3 || char.IsDigit(w[^1]))
        {
            return w;
        }
        if (IeWords.Contains(w))
        {
            return w[..^1];
        }
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }
        if (w.Length > 4 && w.EndsWith("oes", StringComparison.Ordinal))
        {
            return w[..^2];
        }
        if (w.Length > 4 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal)))
        {
            return w[..^2];
        }
        if (w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return w[..^1];
        }
        return w;
    }

    private static string RemoveDiacritics(string text)
    {
        if (text.All(c => c < 128))
        {
            return text;
        }
        // By table, not string.Normalize: the app runs with invariant globalization (no ICU), where Normalize
        // returns its input unchanged.
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // a combining accent typed separately from its letter (decomposed input)
            }
            if (c is >= LatinFoldFirst and <= LatinFoldLast)
            {
                var folded = LatinFold[c - LatinFoldFirst];
                builder.Append(folded switch
                {
                    'Æ' or 'æ' => "ae",
                    'Œ' or 'œ' => "oe",
                    'Ĳ' or 'ĳ' => "ij",
                    'Þ' or 'þ' => "th",
                    'ß' => "ss",
                    _ => folded.ToString(),
                });
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private const char LatinFoldFirst = '\u00C0';
    private const char LatinFoldLast = '\u017F';

    /// <summary>
    /// The base letter of each character from U+00C0 (À) to U+017F (ſ), Latin-1 Supplement and Latin Extended-A;
    /// ligatures stay and are spelt out above, × and ÷ stay.
    /// </summary>
    private const string LatinFold =
        "AAAAAAÆCEEEEIIIIDNOOOOO×OUUUUYÞß" + "aaaaaaæceeeeiiiidnooooo÷ouuuuyþy" // U+00C0–U+00FF
        + "AaAaAa" + "CcCcCcCc" + "DdDd" + "EeEeEeEeEe" + "GgGgGgGg" + "HhHh" + "IiIiIiIiIi" + "Ĳĳ" + "Jj" + "Kkk" // U+0100–U+0138
        + "LlLlLlLlLl" + "NnNnNnnNn" + "OoOoOo" + "Œœ" + "RrRrRr" + "SsSsSsSs" + "TtTtTt" // U+0139–U+0167
        + "UuUuUuUuUuUu" + "Ww" + "YyY" + "ZzZzZz" + "s"; // U+0168–U+017F

    /// <summary>A bit per letter a–z present in the word, for a cheap lower bound on the edit distance.</summary>
    public static int LetterMask(string word)
    {
        var mask = 0;
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z')
            {
                mask |= 1 << (c - 'a');
            }
        }
        return mask;
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), or max + 1 once it exceeds max.</summary>
    public static int BoundedDistance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return previous[b.Length];
    }
}

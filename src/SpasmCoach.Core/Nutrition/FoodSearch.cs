namespace SpasmCoach.Core.Nutrition;

/// <summary>
/// Finds foods as a person types, over the whole table, in well under a millisecond.
/// </summary>
/// <remarks>
/// <para>Every query word must match a word of the description: exactly (after plurals are stripped and British
/// spellings mapped), as the start of a word (typing in progress), or within one typo (two for words of eight
/// letters or more). Matches in the first comma-separated parts of a description count most, since USDA puts the
/// food's name first ("Bananas, raw"; "Candies, milk chocolate").</para>
/// <para>Then a prior that a person would call common sense: staple whole foods first; raw when no cooking was
/// asked for; shorter, plainer descriptions first; branded items (not in SR Legacy, or with a brand in capitals),
/// baby foods, fast food and restaurant dishes last.</para>
/// </remarks>
public sealed class FoodSearch
{
    public const int MaxQueryLength = 100;
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    private readonly IReadOnlyList<Food> _foods;
    private readonly string[] _vocabulary;                 // sorted, for prefix ranges
    private readonly Dictionary<string, int> _wordIndex;
    private readonly Posting[][] _postings;                // per vocabulary word
    private readonly int[][] _wordsByLength;               // vocabulary indices by word length, for typo search
    private readonly int[] _letterMasks;                   // per vocabulary word
    private readonly float[] _prior;
    private readonly bool[] _isRaw;
    private readonly bool[] _isBaby;
    private readonly int[] _descriptionLength;
    private readonly int[][] _names;                       // per food: the words that name it (see NameWords)

    private readonly record struct Posting(int Food, float Weight);

    public FoodSearch(FoodTable table)
    {
        _foods = table.Foods;
        var words = new SortedDictionary<string, List<Posting>>(StringComparer.Ordinal);
        _prior = new float[_foods.Count];
        _isRaw = new bool[_foods.Count];
        _isBaby = new bool[_foods.Count];
        _descriptionLength = new int[_foods.Count];
        var names = new string[_foods.Count][];
        for (var i = 0; i < _foods.Count; i++)
        {
            var food = _foods[i];
            var description = SearchText.DescriptionWords(food.Description);
            var best = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (var word in description)
            {
                var weight = SegmentWeight(word.Segment) + (word.Position == 0 && word.Segment <= 1 ? 0.25f : 0f);
                if (!best.TryGetValue(word.Text, out var existing) || weight > existing)
                {
                    best[word.Text] = weight;
                }
            }
            foreach (var (word, weight) in best)
            {
                if (!words.TryGetValue(word, out var list))
                {
                    words[word] = list = [];
                }
                list.Add(new Posting(i, weight));
            }
            _isRaw[i] = best.ContainsKey("raw");
            _isBaby[i] = food.FoodGroup == "Baby Foods";
            _descriptionLength[i] = food.Description.Length;
            _prior[i] = Prior(food, description);
            names[i] = NameWords(description);
        }
        _vocabulary = [.. words.Keys];
        _postings = [.. words.Values.Select(l => l.ToArray())];
        _wordIndex = new Dictionary<string, int>(_vocabulary.Length, StringComparer.Ordinal);
        for (var w = 0; w < _vocabulary.Length; w++)
        {
            _wordIndex[_vocabulary[w]] = w;
        }
        _letterMasks = [.. _vocabulary.Select(SearchText.LetterMask)];
        _names = [.. names.Select(n => n.Select(w => _wordIndex[w]).ToArray())];
        var maxLength = _vocabulary.Max(v => v.Length);
        _wordsByLength = new int[maxLength + 1][];
        for (var length = 0; length <= maxLength; length++)
        {
            _wordsByLength[length] = [.. Enumerable.Range(0, _vocabulary.Length).Where(w => _vocabulary[w].Length == length)];
        }
    }

    /// <summary>The best <paramref name="limit"/> foods for <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<Food> Search(string query, int limit = DefaultLimit)
    {
        var terms = SearchText.QueryTerms(query.Length > MaxQueryLength ? query[..MaxQueryLength] : query);
        if (terms.Count == 0 || limit <= 0)
        {
            return [];
        }
        var count = _foods.Count;
        var buffers = Buffers.For(count);
        var score = buffers.Score;
        var matched = buffers.Matched;
        var termBest = buffers.TermBest;
        var touched = buffers.Touched;
        var everTouched = buffers.EverTouched;
        everTouched.Clear();
        var exactWords = new HashSet<int>();
        foreach (var term in terms)
        {
            touched.Clear();
            if (_wordIndex.TryGetValue(term, out var exactWord))
            {
                exactWords.Add(exactWord);
            }
            foreach (var (word, quality) in MatchingWords(term))
            {
                foreach (var posting in _postings[word])
                {
                    var value = quality * posting.Weight;
                    if (termBest[posting.Food] == 0)
                    {
                        touched.Add(posting.Food);
                    }
                    if (value > termBest[posting.Food])
                    {
                        termBest[posting.Food] = value;
                    }
                }
            }
            foreach (var food in touched)
            {
                if (matched[food] == 0)
                {
                    everTouched.Add(food);
                }
                score[food] += termBest[food];
                matched[food]++;
                termBest[food] = 0;
            }
        }

        var wantsCooked = terms.Any(SearchText.IsCookingWord);
        var wantsBaby = terms.Any(t => t is "baby" or "babyfood" or "infant");
        var needed = terms.Count;
        var take = Math.Min(limit, MaxLimit);
        var results = new List<(int Food, float Score)>(take + 1);
        foreach (var i in everTouched)
        {
            var complete = matched[i] == needed;
            var raw = score[i];
            score[i] = 0; // leave the scratch arrays clean for the next search
            matched[i] = 0;
            if (!complete)
            {
                continue;
            }
            var total = raw / needed + _prior[i];
            if (NamedExactly(_names[i], exactWords))
            {
                total += 0.2f;
            }
            if (_isRaw[i] && !wantsCooked)
            {
                total += 0.12f;
            }
            if (_isBaby[i] && wantsBaby)
            {
                total += 1.2f;
            }
            Keep(results, (i, total), take);
        }
        return [.. results.Select(r => _foods[r.Food])];
    }

    /// <summary>Keeps the best <paramref name="take"/> results in order: insertion into a short sorted list.</summary>
    private void Keep(List<(int Food, float Score)> best, (int Food, float Score) candidate, int take)
    {
        var at = best.Count;
        while (at > 0 && Better(candidate, best[at - 1]))
        {
            at--;
        }
        if (at >= take)
        {
            return;
        }
        best.Insert(at, candidate);
        if (best.Count > take)
        {
            best.RemoveAt(best.Count - 1);
        }
    }

    private bool Better((int Food, float Score) a, (int Food, float Score) b) =>
        a.Score != b.Score ? a.Score > b.Score : _descriptionLength[a.Food] < _descriptionLength[b.Food];

    /// <summary>Per-thread scratch arrays, so a search allocates almost nothing.</summary>
    private sealed class Buffers
    {
        [ThreadStatic]
        private static Buffers? _current;

        public float[] Score = [];
        public byte[] Matched = [];
        public float[] TermBest = [];
        public readonly List<int> Touched = new(1024);
        public readonly List<int> EverTouched = new(1024);

        public static Buffers For(int count)
        {
            var buffers = _current ??= new Buffers();
            if (buffers.Score.Length < count)
            {
                buffers.Score = new float[count];
                buffers.Matched = new byte[count];
                buffers.TermBest = new float[count];
            }
            return buffers;
        }
    }

    private static bool NamedExactly(int[] name, HashSet<int> exactWords)
    {
        if (name.Length == 0)
        {
            return false;
        }
        foreach (var word in name)
        {
            if (!exactWords.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The words that name the food: the first part of the description ("Bananas"), or the second when the first is a
    /// category ("Nuts, almonds"; "Fish, salmon").
    /// </summary>
    private static string[] NameWords(List<SearchText.Word> words)
    {
        var first = words.Where(w => w.Segment == 0).Select(w => w.Text).ToArray();
        if (first.Length == 1 && SearchText.IsCategoryWord(first[0]))
        {
            var second = words.Where(w => w.Segment == 1).Select(w => w.Text).ToArray();
            return second.Length > 0 ? second : first;
        }
        return first;
    }

    private IEnumerable<(int Word, float Quality)> MatchingWords(string term)
    {
        // A term that is itself a word of the table was most likely typed in full: longer words and typo
        // neighbours ("eggplant" for "egg", "beef" for "beet") count for less.
        var isWord = _wordIndex.TryGetValue(term, out var exact);
        if (isWord)
        {
            yield return (exact, 1f);
        }
        if (term.Length >= 2)
        {
            // Words that start with the term: the person is still typing.
            var start = Array.BinarySearch(_vocabulary, term, StringComparer.Ordinal);
            start = start < 0 ? ~start : start + 1;
            for (var w = start; w < _vocabulary.Length && _vocabulary[w].StartsWith(term, StringComparison.Ordinal); w++)
            {
                yield return (w, isWord ? 0.5f : 0.75f);
            }
        }
        if (term.Length >= 4 && !char.IsDigit(term[0]))
        {
            var maxDistance = term.Length >= 8 ? 2 : 1;
            var termMask = SearchText.LetterMask(term);
            for (var length = Math.Max(1, term.Length - maxDistance); length <= Math.Min(_wordsByLength.Length - 1, term.Length + maxDistance); length++)
            {
                foreach (var w in _wordsByLength[length])
                {
                    // Each edit changes at most two letters of the letter set: a cheap way to skip most words.
                    if (System.Numerics.BitOperations.PopCount((uint)(termMask ^ _letterMasks[w])) > 2 * maxDistance)
                    {
                        continue;
                    }
                    var word = _vocabulary[w];
                    if (word == term || word.StartsWith(term, StringComparison.Ordinal))
                    {
                        continue;
                    }
                    var distance = SearchText.BoundedDistance(term, word, maxDistance);
                    if (distance <= maxDistance)
                    {
                        yield return (w, isWord ? 0.4f : distance == 1 ? 0.65f : 0.5f);
                    }
                }
            }
        }
    }

    private static float SegmentWeight(int segment) => segment switch
    {
        0 => 1f,
        1 => 0.9f,
        2 => 0.7f,
        _ => 0.55f,
    };

    private static float Prior(Food food, List<SearchText.Word> words)
    {
        var prior = 0f;
        prior += food.FoodGroup switch
        {
            "Baby Foods" => -1.2f,
            "Fast Foods" => -0.7f,
            "Restaurant Foods" => -0.7f,
            "Meals, Entrees, and Side Dishes" => -0.35f,
            "Snacks" => -0.3f,
            "Sweets" => -0.25f,
            "Soups, Sauces, and Gravies" => -0.15f,
            "American Indian/Alaska Native Foods" => -0.3f,
            _ => 0f,
        };
        if (!food.InSrLegacy || HasBrand(food.Description))
        {
            prior -= 0.8f;
        }
        if (words.Any(w => w.Text is "substitute" or "imitation" or "analog"))
        {
            prior -= 0.3f; // "Cheese substitute, mozzarella" is not mozzarella
        }
        if (StapleFoods.Contains(food.NdbNo))
        {
            prior += 0.4f;
        }
        var segments = words.Count == 0 ? 1 : words[^1].Segment + 1;
        prior -= 0.05f * (segments - 1);
        prior -= 0.002f * food.Description.Length;
        return prior;
    }

    /// <summary>USDA writes brand and manufacturer names in capitals ("KELLOGG'S", "MARS SNACKFOOD US").</summary>
    internal static bool HasBrand(string description)
    {
        var run = 0;
        foreach (var c in description)
        {
            if (char.IsUpper(c))
            {
                if (++run >= 3)
                {
                    return true;
                }
            }
            else if (c is not '\'' and not '&')
            {
                run = 0;
            }
        }
        return false;
    }
}

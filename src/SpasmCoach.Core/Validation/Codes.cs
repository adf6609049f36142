namespace SpasmCoach.Core.Validation;

/// <summary>
/// The wire code of an enum member: its name in lower kebab case (<c>SoftDrink</c> is <c>soft-drink</c>).
/// One spelling for the API, the forms and the database, so a value never has two names.
/// </summary>
public static class Codes
{
    public static string Of<T>(T value) where T : struct, Enum => Table<T>.ToCode[value];

    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        if (code is not null && Table<T>.FromCode.TryGetValue(code.Trim(), out value))
        {
            return true;
        }
        value = default;
        return false;
    }

    public static T Parse<T>(string code) where T : struct, Enum =>
        TryParse<T>(code, out var value) ? value : throw new FormatException($"'{code}' is not a {typeof(T).Name} code.");

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Table<T>.AllCodes;

    /// <summary>"one of: a, b, c", for error messages.</summary>
    public static string Expected<T>() where T : struct, Enum => "one of: " + string.Join(", ", Table<T>.AllCodes);

    public static string ToKebab(string name)
    {
        var chars = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                chars.Append('-');
            }
            chars.Append(char.ToLowerInvariant(c));
        }
        return chars.ToString();
    }

    private static class Table<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ToCode =
            Enum.GetValues<T>().ToDictionary(v => v, v => ToKebab(v.ToString()));

        public static readonly Dictionary<string, T> FromCode =
            ToCode.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

        public static readonly string[] AllCodes = [.. ToCode.Values];
    }
}

using System.Collections;
using System.Reflection;

namespace SpasmCoach.Core;

/// <summary>
/// Whether two records of one kind say the same thing: every public property compared, except the id, the owner and
/// the times the record was stored and changed. Lists compare item by item.
/// </summary>
/// <remarks>
/// Reflection rather than a hand-written comparison per record, so a field added later is compared without anyone
/// remembering to. Used on the rare path of a form sent twice, never in a hot loop.
/// </remarks>
public static class RecordContent
{
    private static readonly HashSet<string> Bookkeeping =
        [nameof(IOwnedRecord.Id), nameof(IOwnedRecord.UserId), nameof(IOwnedRecord.CreatedAt), "UpdatedAt"];

    public static bool Same<T>(T first, T second) where T : class, IOwnedRecord =>
        Compared<T>.Properties.All(p => SameValue(p.GetValue(first), p.GetValue(second)));

    private static bool SameValue(object? first, object? second) => (first, second) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string a, string b) => a == b,
        (IEnumerable a, IEnumerable b) => a.Cast<object?>().SequenceEqual(b.Cast<object?>()),
        _ => first.Equals(second),
    };

    private static class Compared<T>
    {
        public static readonly PropertyInfo[] Properties =
        [
            .. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && !Bookkeeping.Contains(p.Name)),
        ];
    }
}

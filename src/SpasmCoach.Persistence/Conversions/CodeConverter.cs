using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Persistence.Conversions;

/// <summary>An enum stored as its wire code ("soft-drink"), so the database reads like the API.</summary>
public sealed class CodeConverter<T>() : ValueConverter<T, string>(
    value => Codes.Of(value),
    code => Codes.Parse<T>(code))
    where T : struct, Enum;

/// <summary>A set of enum values stored as comma-separated codes ("stretch,heat").</summary>
public sealed class CodeListConverter<T>() : ValueConverter<List<T>, string>(
    values => string.Join(",", values.Select(Codes.Of)),
    text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Codes.Parse<T>).ToList())
    where T : struct, Enum;

public sealed class CodeListComparer<T>() : ValueComparer<List<T>>(
    (a, b) => a != null && b != null && a.SequenceEqual(b),
    list => list.Aggregate(0, (hash, v) => HashCode.Combine(hash, v)),
    list => list.ToList())
    where T : struct, Enum;

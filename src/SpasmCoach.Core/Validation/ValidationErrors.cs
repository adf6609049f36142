namespace SpasmCoach.Core.Validation;

/// <summary>
/// Field-level validation errors, keyed by the field's wire name (camelCase, as the JSON and the forms spell it).
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Adds the other's errors for the fields that have none here; a field in both keeps its messages here.</summary>
    public ValidationErrors AddMissingFrom(ValidationErrors other)
    {
        foreach (var (field, messages) in other._errors)
        {
            if (!_errors.ContainsKey(field))
            {
                _errors[field] = [.. messages];
            }
        }
        return this;
    }

    /// <summary>A copy of these errors without those of <paramref name="field"/>.</summary>
    public ValidationErrors Without(string field)
    {
        var copy = new ValidationErrors();
        foreach (var (key, messages) in _errors.Where(e => e.Key != field))
        {
            copy._errors[key] = [.. messages];
        }
        return copy;
    }

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public IEnumerable<string> MessagesFor(string field) =>
        _errors.TryGetValue(field, out var list) ? list : [];

    public static ValidationErrors Single(string field, string message) => new ValidationErrors().Add(field, message);
}

/// <summary>Either a valid value or the reasons it is not.</summary>
public readonly record struct Validated<T>(T? Value, ValidationErrors? Errors)
{
    public bool IsValid => Errors is null || Errors.IsEmpty;

    public static Validated<T> Ok(T value) => new(value, null);

    public static Validated<T> Fail(ValidationErrors errors) => new(default, errors);
}

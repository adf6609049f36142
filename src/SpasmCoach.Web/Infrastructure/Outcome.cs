using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Infrastructure;

public enum OutcomeKind
{
    Created,
    /// <summary>A create whose client-made id was already stored for this owner: the stored record is returned.</summary>
    AlreadyStored,
    /// <summary>A create whose client-made id was already stored for this owner with other content: nothing was changed.</summary>
    StoredDiffers,
    Updated,
    Invalid,
    NotFound,
    /// <summary>A create whose client-made id belongs to a record that is not this owner's.</summary>
    IdTaken,
    /// <summary>A replace with nothing in it: the stored record was removed.</summary>
    Deleted,
}

/// <summary>What a feature service's write did, for the API and the pages to turn into a response.</summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value = default, ValidationErrors? Errors = null)
{
    public static Outcome<T> Invalid(ValidationErrors errors) => new(OutcomeKind.Invalid, default, errors);

    /// <param name="about">
    /// For a record that names another one that is missing (or another person's): which field, for the answer's detail.
    /// Null when the record asked for itself is missing.
    /// </param>
    public static Outcome<T> NotFound(ValidationErrors? about = null) => new(OutcomeKind.NotFound, default, about);
}

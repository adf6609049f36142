using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Components.Shared;

/// <summary>
/// Ties a form field to its error: <c>aria-describedby</c> names the field's help and the message that
/// <see cref="FieldError"/> renders, so a screen reader reads the error with the field, and app.css outlines it.
/// Null, and so left out, when the field has neither. Inputs get <c>aria-invalid</c> from <see cref="FormErrorState"/>;
/// radio buttons and checkboxes, which Blazor does not mark, from <see cref="Invalid"/>.
/// </summary>
public static class FieldState
{
    /// <summary>"true" when the field has an error; null, and so left out, when it has none.</summary>
    public static string? Invalid(ValidationErrors? errors, string field) => errors?.Has(field) == true ? "true" : null;

    public static string? DescribedBy(ValidationErrors? errors, string field, string? helpId = null)
    {
        var errorId = errors?.Has(field) == true ? $"{field}-error" : null;
        return (helpId, errorId) switch
        {
            (null, null) => null,
            (null, _) => errorId,
            (_, null) => helpId,
            _ => $"{helpId} {errorId}",
        };
    }
}

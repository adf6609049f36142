using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Components.Shared;

/// <summary>
/// Ties a form field to its error: <c>aria-describedby</c> names the field's help and the message that
/// <see cref="FieldError"/> renders, so a screen reader reads the error with the field, and app.css outlines it.
/// (Blazor's inputs drop an <c>aria-invalid</c> they did not set from an EditContext, so that cannot carry it.)
/// Null, and so left out, when the field has neither.
/// </summary>
public static class FieldState
{
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

using NodaTime;
using SpasmCoach.Core;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// The one-tap forms ("Start", "+ Glass", "Log" an own food) carry an id made when the page was rendered, and the record
/// is created with it. People in pain tap twice: the second submit, sent while the first page is still loading, then
/// finds its record already stored and gets that back instead of storing a second cramp or glass. The full forms
/// ("Save cramp", an own amount of drink, a food, an own food) do the same, with the whole record as the choices
/// (<see cref="RecordContent"/>).
/// </summary>
/// <remarks>
/// A resend counts as the same tap only with the same choices and within <see cref="SameTapWindow"/> of the first.
/// A page the browser restores from its back-forward cache sends its old id again hours later, or minutes later after
/// an edit: that is a new tap, stored under a fresh id, as is an id that is another person's (it can only have been
/// made up).
/// </remarks>
public static class OneTapForms
{
    public static readonly Duration SameTapWindow = Duration.FromMinutes(2);

    /// <param name="formId">The id the form carried; null (an old page, a hand-made post) creates as before.</param>
    /// <param name="create">Creates the record under the id given, or a fresh one for null.</param>
    /// <param name="sameChoices">Whether the stored record has the choices this submit made.</param>
    public static async Task<Outcome<T>> CreateOnceAsync<T>(Guid? formId, Func<Guid?, Task<Outcome<T>>> create, Func<T, bool> sameChoices, Instant now)
        where T : IOwnedRecord
    {
        var outcome = await create(formId);
        var isNewTap = outcome.Kind is OutcomeKind.IdTaken or OutcomeKind.StoredDiffers
            || (outcome.Kind == OutcomeKind.AlreadyStored && !(sameChoices(outcome.Value!) && now - outcome.Value!.CreatedAt < SameTapWindow));
        return isNewTap ? await create(null) : outcome;
    }

    /// <summary>A full form: the record its input makes (<paramref name="built"/>), stored once per form id.</summary>
    /// <remarks>
    /// <paramref name="create"/> builds the record again under the id it is given (ids are set once); a form post is
    /// rare enough that the second build costs nothing worth sharing the code for.
    /// </remarks>
    public static async Task<Outcome<T>> CreateOnceAsync<T>(
        Guid? formId, (T Candidate, ValidationErrors Errors) built, Func<Guid?, Task<Outcome<T>>> create, Instant now)
        where T : class, IOwnedRecord =>
        built.Errors.IsEmpty
            ? await CreateOnceAsync(formId, create, stored => RecordContent.Same(stored, built.Candidate), now)
            : Outcome<T>.Invalid(built.Errors);
}

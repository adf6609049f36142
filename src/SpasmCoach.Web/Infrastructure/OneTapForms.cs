using NodaTime;
using SpasmCoach.Core;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// The one-tap forms ("Start", "+ Glass") carry an id made when the page was rendered, and the record is created with
/// it. People in pain tap twice: the second submit, sent while the first page is still loading, then finds its record
/// already stored and gets that back instead of storing a second cramp or glass.
/// </summary>
/// <remarks>
/// A resend counts as the same tap only with the same choices and within <see cref="SameTapWindow"/> of the first.
/// A page the browser restores from its back-forward cache sends its old id again hours later: that is a new tap,
/// stored under a fresh id, as is an id that is another person's (it can only have been made up).
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
        var isNewTap = outcome.Kind == OutcomeKind.IdTaken
            || (outcome.Kind == OutcomeKind.AlreadyStored && !(sameChoices(outcome.Value!) && now - outcome.Value!.CreatedAt < SameTapWindow));
        return isNewTap ? await create(null) : outcome;
    }
}

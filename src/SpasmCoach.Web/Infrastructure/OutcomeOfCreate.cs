using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using SpasmCoach.Core;
using SpasmCoach.Persistence.Writing;

namespace SpasmCoach.Web.Infrastructure;

public static class OutcomeOfCreate
{
    public static Outcome<T> ToOutcome<T>(this (CreateResult Result, T Record) created) => created.Result switch
    {
        CreateResult.Created => new Outcome<T>(OutcomeKind.Created, created.Record),
        CreateResult.AlreadyStored => new Outcome<T>(OutcomeKind.AlreadyStored, created.Record),
        CreateResult.StoredDiffers => new Outcome<T>(OutcomeKind.StoredDiffers, created.Record),
        _ => new Outcome<T>(OutcomeKind.IdTaken),
    };

    /// <summary>
    /// Whether a stored record is what a create sent again would have made when the first one arrived: a time left out
    /// means "now", and for a retry that "now" was then. <paramref name="buildAt"/> gives null when the input is not
    /// valid at that instant (so it cannot be what was stored).
    /// </summary>
    public static Func<T, bool> SameAsFirstSend<T>(Func<Instant, T?> buildAt) where T : class, IOwnedRecord =>
        stored => buildAt(stored.CreatedAt) is { } then && RecordContent.Same(stored, then);

    /// <summary>The API's answer to a create whose client-made id is already in use.</summary>
    public static ProblemHttpResult IdConflict(OutcomeKind kind) => kind == OutcomeKind.StoredDiffers
        ? TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "An entry with this id already exists with different content.",
            detail: "Nothing was changed. To change the entry, replace it with PUT; to add another, use a new id.")
        : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This id is already in use.");
}

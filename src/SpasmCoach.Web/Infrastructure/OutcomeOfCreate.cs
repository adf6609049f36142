using SpasmCoach.Persistence.Writing;

namespace SpasmCoach.Web.Infrastructure;

public static class OutcomeOfCreate
{
    public static Outcome<T> ToOutcome<T>(this (CreateResult Result, T Record) created) => created.Result switch
    {
        CreateResult.Created => new Outcome<T>(OutcomeKind.Created, created.Record),
        CreateResult.AlreadyStored => new Outcome<T>(OutcomeKind.AlreadyStored, created.Record),
        _ => new Outcome<T>(OutcomeKind.IdTaken),
    };
}

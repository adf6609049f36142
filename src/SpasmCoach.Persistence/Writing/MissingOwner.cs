using Microsoft.Data.Sqlite;
using Npgsql;

namespace SpasmCoach.Persistence.Writing;

/// <summary>
/// Recognises a write refused because its owner's account is gone: every foreign key in this schema points at the
/// account (AppUser), so a foreign-key violation means the account was deleted while a sign-in or token for it was
/// still in use (another device, a bearer token until it expires).
/// </summary>
public static class MissingOwner
{
    private const int SqliteForeignKeyConstraint = 787; // SQLITE_CONSTRAINT_FOREIGNKEY
    private const string PostgresForeignKeyViolation = "23503";

    public static bool Caused(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteExtendedErrorCode: SqliteForeignKeyConstraint }
                || e is PostgresException { SqlState: PostgresForeignKeyViolation })
            {
                return true;
            }
        }
        return false;
    }
}

namespace SpasmCoach.Web.Tests.Persistence;

/// <summary>The app on a SQLite file, whatever the suite's provider: WAL and synchronous only show on a file.</summary>
public sealed class SqliteFileApplication() : SpasmCoachApplication(new SqliteFileTestDatabase());

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Persistence.Writing;

/// <summary>
/// A new episode as one INSERT on the write unit's own connection and transaction, with each column in the exact
/// form EF's SQLite provider and our converters store (the values go through the same Microsoft.Data.Sqlite binder
/// EF's parameters do).
/// </summary>
/// <remarks>
/// Keep the column list in step with <see cref="Configurations.EpisodeConfiguration"/>; the Web tests store the same
/// episodes through EF and through this, and compare the two tables column by column.
/// </remarks>
public sealed class SqliteEpisodeInserter : IEpisodeInserter
{
    private const string Sql = """
        INSERT INTO "Episodes" ("Id", "UserId", "StartedAtLocal", "StartedAt", "DiaryDay", "DurationSeconds", "Muscle",
            "Side", "Severity", "Activity", "ReliefTried", "HelpedBy", "TimeToReliefSeconds", "SorenessAfter", "Notes",
            "CreatedAt", "UpdatedAt")
        VALUES (@id, @user, @startedAtLocal, @startedAt, @diaryDay, @duration, @muscle,
            @side, @severity, @activity, @reliefTried, @helpedBy, @timeToRelief, @soreness, @notes,
            @createdAt, @updatedAt)
        """;

    public async Task AddAsync(SpasmCoachDbContext db, Episode episode, CancellationToken cancellationToken)
    {
        // The writer has begun the unit's transaction, so the connection is open.
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A new episode is inserted inside the writer's transaction.");
        await using var command = (SqliteCommand)transaction.Connection!.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = Sql;
        var parameters = command.Parameters;
        parameters.Add(new SqliteParameter("@id", SqliteType.Text) { Value = episode.Id });
        parameters.AddWithValue("@user", episode.UserId);
        parameters.AddWithValue("@startedAtLocal", LocalTimeText.Format(episode.StartedAtLocal));
        parameters.AddWithValue("@startedAt", episode.StartedAt.ToDateTimeUtc());
        parameters.AddWithValue("@diaryDay", episode.DiaryDay.ToDateOnly());
        parameters.AddWithValue("@duration", (object?)episode.DurationSeconds ?? DBNull.Value);
        parameters.AddWithValue("@muscle", Codes.Of(episode.Muscle));
        parameters.AddWithValue("@side", Codes.Of(episode.Side));
        parameters.AddWithValue("@severity", (object?)episode.Severity ?? DBNull.Value);
        parameters.AddWithValue("@activity", episode.Activity is { } activity ? Codes.Of(activity) : DBNull.Value);
        parameters.AddWithValue("@reliefTried", string.Join(",", episode.ReliefTried.Select(Codes.Of)));
        parameters.AddWithValue("@helpedBy", episode.HelpedBy is { } helpedBy ? Codes.Of(helpedBy) : DBNull.Value);
        parameters.AddWithValue("@timeToRelief", (object?)episode.TimeToReliefSeconds ?? DBNull.Value);
        parameters.AddWithValue("@soreness", (object?)episode.SorenessAfter ?? DBNull.Value);
        parameters.AddWithValue("@notes", (object?)episode.Notes ?? DBNull.Value);
        parameters.AddWithValue("@createdAt", episode.CreatedAt.ToDateTimeUtc());
        parameters.AddWithValue("@updatedAt", episode.UpdatedAt.ToDateTimeUtc());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Persistence.Reading;

/// <summary>
/// The range read on SQLite as plain ADO.NET: the same SQL EF generates for the compiled query (same filter, same
/// index, same order), read column by column with parsers for the exact text formats EF's SQLite provider and our
/// converters write. Anything not in those formats falls back to the parser EF itself would have used.
/// </summary>
/// <remarks>
/// Why: with EF the 30-day read spent most of its time materialising (DateTime.Parse of text, converter delegates,
/// opening a connection with EF's function registrations). bench/ measures the difference (docs/performance.md).
/// Keep the column list in step with <see cref="Configurations.EpisodeConfiguration"/>; the Web tests compare this
/// reader with <see cref="EfEpisodeReader"/> row for row.
/// </remarks>
public sealed class SqliteEpisodeReader(DatabaseSettings settings) : IEpisodeReader, IDisposable
{
    /// <summary>How many prepared queries stay open between requests; more are made (and closed after) under load.</summary>
    private const int MaxIdle = 16;

    // Every column but Notes (the one free text) comes back as one '|'-separated text: one value to fetch per row
    // instead of sixteen, and fetching values one by one (each a P/Invoke with handle ref-counting and a mutex) cost
    // more than reading the rows. None of these columns can contain '|' (ids, ISO dates, numbers, kebab-case codes).
    // format() renders NULL as an empty field.
    private const string Sql = """
        SELECT format('%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s',
                   "Id", "StartedAtLocal", "StartedAt", "DiaryDay", "DurationSeconds", "Muscle", "Side", "Severity",
                   "Activity", "ReliefTried", "HelpedBy", "TimeToReliefSeconds", "SorenessAfter", "CreatedAt", "UpdatedAt"),
               "Notes"
        FROM "Episodes"
        WHERE "UserId" = @owner AND "DiaryDay" >= @from AND "DiaryDay" <= @to
        ORDER BY "StartedAt"
        """;

    private const int Fields = 15;

    private readonly ConcurrentStack<PreparedQuery> _idle = new();
    private bool _disposed;

    public Task<List<Episode>> InRangeAsync(string ownerId, LocalDate from, LocalDate to, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Microsoft.Data.Sqlite does its I/O synchronously even behind the async methods; the sync calls skip the tasks.
        var query = _idle.TryPop(out var idle) ? idle : new PreparedQuery(settings.ConnectionString, Sql);
        List<Episode> episodes;
        try
        {
            episodes = Read(query, ownerId, from, to);
        }
        catch
        {
            query.Dispose();
            throw;
        }
        if (_disposed || _idle.Count >= MaxIdle)
        {
            query.Dispose();
        }
        else
        {
            _idle.Push(query);
        }
        return Task.FromResult(episodes);
    }

    private static List<Episode> Read(PreparedQuery query, string ownerId, LocalDate from, LocalDate to)
    {
        query.Owner.Value = ownerId;
        query.From.Value = SqliteText.FormatDate(from);
        query.To.Value = SqliteText.FormatDate(to);
        using var reader = query.Command.ExecuteReader();
        var episodes = new List<Episode>();
        Span<Range> fields = stackalloc Range[Fields + 1];
        while (reader.Read())
        {
            var text = reader.GetString(0);
            var row = text.AsSpan();
            if (row.Split(fields, '|') != Fields)
            {
                throw new FormatException($"An episode row is not in the form this reader expects: '{text}'.");
            }
            episodes.Add(new Episode
            {
                Id = Guid.Parse(row[fields[0]]),
                UserId = ownerId,
                StartedAtLocal = SqliteText.ParseLocalDateTime(row[fields[1]]),
                StartedAt = SqliteText.ParseInstant(row[fields[2]]),
                DiaryDay = SqliteText.ParseDate(row[fields[3]]),
                DurationSeconds = SqliteText.ParseNumber(row[fields[4]]),
                Muscle = SqliteText.ParseCode<Muscle>(row[fields[5]]),
                Side = SqliteText.ParseCode<Side>(row[fields[6]]),
                Severity = SqliteText.ParseNumber(row[fields[7]]),
                Activity = row[fields[8]].IsEmpty ? null : SqliteText.ParseCode<Activity>(row[fields[8]]),
                ReliefTried = SqliteText.ParseCodes<ReliefMethod>(row[fields[9]]),
                HelpedBy = row[fields[10]].IsEmpty ? null : SqliteText.ParseCode<ReliefMethod>(row[fields[10]]),
                TimeToReliefSeconds = SqliteText.ParseNumber(row[fields[11]]),
                SorenessAfter = SqliteText.ParseNumber(row[fields[12]]),
                Notes = reader.IsDBNull(1) ? null : reader.GetString(1),
                CreatedAt = SqliteText.ParseInstant(row[fields[13]]),
                UpdatedAt = SqliteText.ParseInstant(row[fields[14]]),
            });
        }
        return episodes;
    }

    /// <summary>Closes the prepared queries no request is using (see <see cref="SqliteIdleMemory"/>).</summary>
    public void ReleaseIdle()
    {
        while (_idle.TryPop(out var query))
        {
            query.Dispose();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        ReleaseIdle();
    }

    /// <summary>
    /// An open connection with the query prepared once: SQLite parses and plans it once per connection, not per request.
    /// Between uses no statement is running, so it holds no read transaction and never holds back a WAL checkpoint.
    /// </summary>
    private sealed class PreparedQuery : IDisposable
    {
        public PreparedQuery(string connectionString, string sql)
        {
            Connection = new SqliteConnection(connectionString);
            Connection.Open();
            Command = Connection.CreateCommand();
            Command.CommandText = sql;
            Owner = Command.Parameters.Add("@owner", SqliteType.Text);
            From = Command.Parameters.Add("@from", SqliteType.Text);
            To = Command.Parameters.Add("@to", SqliteType.Text);
            Owner.Value = From.Value = To.Value = "";
            Command.Prepare();
        }

        public SqliteConnection Connection { get; }

        public SqliteCommand Command { get; }

        public SqliteParameter Owner { get; }

        public SqliteParameter From { get; }

        public SqliteParameter To { get; }

        public void Dispose()
        {
            Command.Dispose();
            Connection.Dispose();
        }
    }
}

/// <summary>
/// The text forms EF Core's SQLite provider and our converters store, parsed from spans without the general parsers.
/// Anything else falls back to the parser EF itself would have used, so odd data reads as it did through EF.
/// </summary>
internal static class SqliteText
{
    /// <summary><c>yyyy-MM-dd</c>, as EF stores <see cref="DateOnly"/>.</summary>
    public static string FormatDate(LocalDate date) => date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>yyyy-MM-dd</c>; otherwise as Microsoft.Data.Sqlite reads a <see cref="DateOnly"/>.</summary>
    public static LocalDate ParseDate(ReadOnlySpan<char> text) =>
        text.Length == 10 && TryDate(text, out var year, out var month, out var day)
            ? new LocalDate(year, month, day)
            : LocalDate.FromDateOnly(DateOnly.Parse(text, CultureInfo.InvariantCulture));

    /// <summary>
    /// <c>yyyy-MM-dd HH:mm:ss</c> with an optional fraction of up to 7 digits (EF's <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>),
    /// read as UTC like <see cref="Conversions.InstantConverter"/>; otherwise parsed as Microsoft.Data.Sqlite would.
    /// </summary>
    public static Instant ParseInstant(ReadOnlySpan<char> text)
    {
        if (text.Length >= 19 && text[10] == ' ' && TryDate(text, out var year, out var month, out var day)
            && TryTime(text[11..19], out var hour, out var minute, out var second) && TryFraction(text[19..], out var ticks))
        {
            return Instant.FromDateTimeUtc(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks));
        }
        return Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc));
    }

    /// <summary><c>yyyy-MM-ddTHH:mm:ss</c> as <see cref="LocalTimeText.Format(LocalDateTime)"/> writes it; otherwise its parser.</summary>
    public static LocalDateTime ParseLocalDateTime(ReadOnlySpan<char> text)
    {
        if (text.Length == 19 && text[10] == 'T' && TryDate(text, out var year, out var month, out var day)
            && TryTime(text[11..], out var hour, out var minute, out var second))
        {
            return new LocalDateTime(year, month, day, hour, minute, second);
        }
        var value = text.ToString();
        return LocalTimeText.ParseLocalDateTime(value) ?? throw new FormatException($"'{value}' is not a local date-time.");
    }

    /// <summary>An integer, or null for the empty field format() writes for NULL.</summary>
    public static int? ParseNumber(ReadOnlySpan<char> text) =>
        text.IsEmpty ? null : int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>An enum's code, as <see cref="Conversions.CodeConverter{T}"/> stores it (compared as <see cref="Codes.Parse{T}"/> does).</summary>
    public static T ParseCode<T>(ReadOnlySpan<char> code) where T : struct, Enum
    {
        foreach (var (text, value) in CodeTable<T>.Entries)
        {
            if (code.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return Codes.Parse<T>(code.ToString());
    }

    /// <summary>Comma-separated codes, as <see cref="Conversions.CodeListConverter{T}"/> stores them.</summary>
    public static List<T> ParseCodes<T>(ReadOnlySpan<char> text) where T : struct, Enum
    {
        var list = new List<T>();
        foreach (var range in text.Split(','))
        {
            if (!text[range].IsEmpty)
            {
                list.Add(ParseCode<T>(text[range]));
            }
        }
        return list;
    }

    private static bool TryDate(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        month = day = 0;
        return TryNumber(text[..4], out year) && text[4] == '-' && TryNumber(text.Slice(5, 2), out month) && text[7] == '-'
            && TryNumber(text.Slice(8, 2), out day) && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary><c>HH:mm:ss</c>.</summary>
    private static bool TryTime(ReadOnlySpan<char> text, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        return text.Length == 8 && TryNumber(text[..2], out hour) && text[2] == ':' && TryNumber(text.Slice(3, 2), out minute)
            && text[5] == ':' && TryNumber(text.Slice(6, 2), out second) && hour < 24 && minute < 60 && second < 60;
    }

    private static bool TryNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>Empty, or '.' and 1 to 7 digits, as 100 ns ticks.</summary>
    private static bool TryFraction(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        if (text.IsEmpty)
        {
            return true;
        }
        if (text[0] != '.' || text.Length is < 2 or > 8 || !TryNumber(text[1..], out var digits))
        {
            return false;
        }
        ticks = digits;
        for (var i = text.Length - 1; i < 7; i++)
        {
            ticks *= 10;
        }
        return true;
    }

    private static class CodeTable<T> where T : struct, Enum
    {
        public static readonly (string Code, T Value)[] Entries = [.. Enum.GetValues<T>().Select(v => (Codes.Of(v), v))];
    }
}

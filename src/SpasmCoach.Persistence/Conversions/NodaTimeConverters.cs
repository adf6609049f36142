using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using SpasmCoach.Core.Time;

namespace SpasmCoach.Persistence.Conversions;

/// <summary>An instant as a UTC <see cref="DateTime"/> (timestamptz on PostgreSQL, sortable text on SQLite).</summary>
public sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    instant => instant.ToDateTimeUtc(),
    value => Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc)));

public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    date => date.ToDateOnly(),
    value => LocalDate.FromDateOnly(value));

/// <summary>
/// A local date-time as fixed-width ISO text (<c>2026-11-24T02:30:00</c>): it sorts correctly on both providers
/// and PostgreSQL cannot mistake it for an instant.
/// </summary>
public sealed class LocalDateTimeConverter() : ValueConverter<LocalDateTime, string>(
    local => LocalTimeText.Format(local),
    text => LocalTimeText.ParseLocalDateTime(text)!.Value);

public sealed class LocalTimeConverter() : ValueConverter<LocalTime, TimeOnly>(
    time => time.ToTimeOnly(),
    value => LocalTime.FromTimeOnly(value));

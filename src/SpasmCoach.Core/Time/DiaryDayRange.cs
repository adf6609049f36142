using NodaTime;
using NodaTime.Text;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Core.Time;

/// <summary>
/// A range of diary days, <b>both ends inclusive</b> (as in <see cref="DateInterval"/>): "from Monday to Friday"
/// includes Friday. At most <see cref="MaxYears"/> years long.
/// </summary>
public sealed record DiaryDayRange
{
    /// <summary>The longest range a query may ask for.</summary>
    public const int MaxYears = 5;

    /// <summary>The length of the range a query gets when it names no dates.</summary>
    public const int DefaultDays = 30;

    /// <summary>The earliest date a request may name; nothing in a diary is older than its owner.</summary>
    public static readonly LocalDate MinDate = new(1900, 1, 1);

    /// <summary>The latest date a request may name; far enough from the calendar's end that range arithmetic cannot overflow.</summary>
    public static readonly LocalDate MaxDate = new(2999, 12, 31);

    private DiaryDayRange(LocalDate from, LocalDate to)
    {
        From = from;
        To = to;
    }

    /// <summary>The first diary day in the range.</summary>
    public LocalDate From { get; }

    /// <summary>The last diary day in the range (included).</summary>
    public LocalDate To { get; }

    /// <summary>The number of diary days in the range.</summary>
    public int Days => Period.DaysBetween(From, To) + 1;

    /// <summary>Every day in the range, oldest first.</summary>
    public IEnumerable<LocalDate> Each()
    {
        for (var day = From; day <= To; day = day.PlusDays(1))
        {
            yield return day;
        }
    }

    /// <summary>The <paramref name="days"/> diary days that end with <paramref name="last"/>.</summary>
    public static DiaryDayRange Ending(LocalDate last, int days) => new(last.PlusDays(1 - Math.Max(1, days)), last);

    /// <summary>A range from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <exception cref="ArgumentException">The range is reversed or longer than <see cref="MaxYears"/> years.</exception>
    public static DiaryDayRange Of(LocalDate from, LocalDate to)
    {
        var errors = Check(from, to);
        return errors.IsEmpty ? new DiaryDayRange(from, to) : throw new ArgumentException(string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value)));
    }

    /// <summary>
    /// Parses the <c>from</c> and <c>to</c> query values (YYYY-MM-DD). A missing <c>to</c> is <paramref name="today"/>;
    /// a missing <c>from</c> is <see cref="DefaultDays"/> days before <c>to</c>.
    /// </summary>
    public static Validated<DiaryDayRange> Parse(string? from, string? to, LocalDate today)
    {
        var errors = new ValidationErrors();
        var toDate = string.IsNullOrWhiteSpace(to) ? today : ParseDate(to, "to", errors);
        LocalDate? fromDate = string.IsNullOrWhiteSpace(from) ? toDate?.PlusDays(1 - DefaultDays) : ParseDate(from, "from", errors);
        if (!errors.IsEmpty || fromDate is null || toDate is null)
        {
            return Validated<DiaryDayRange>.Fail(errors);
        }
        var rangeErrors = Check(fromDate.Value, toDate.Value);
        return rangeErrors.IsEmpty
            ? Validated<DiaryDayRange>.Ok(new DiaryDayRange(fromDate.Value, toDate.Value))
            : Validated<DiaryDayRange>.Fail(rangeErrors);
    }

    /// <summary>
    /// Parses one ISO date (YYYY-MM-DD) from <see cref="MinDate"/> to <see cref="MaxDate"/>, adding an error for
    /// <paramref name="field"/> when it is not one.
    /// </summary>
    public static LocalDate? ParseDate(string? text, string field, ValidationErrors errors)
    {
        var result = LocalDatePattern.Iso.Parse(text?.Trim() ?? "");
        if (result.Success && result.Value >= MinDate && result.Value <= MaxDate)
        {
            return result.Value;
        }
        errors.Add(field, $"Must be a date written YYYY-MM-DD, from {LocalDatePattern.Iso.Format(MinDate)} to {LocalDatePattern.Iso.Format(MaxDate)}.");
        return null;
    }

    private static ValidationErrors Check(LocalDate from, LocalDate to)
    {
        var errors = new ValidationErrors();
        if (to < from)
        {
            errors.Add("to", "Must not be before 'from'.");
        }
        else if (to > from.PlusYears(MaxYears))
        {
            errors.Add("to", $"A range may cover at most {MaxYears} years.");
        }
        return errors;
    }
}

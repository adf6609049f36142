using NodaTime;
using SpasmCoach.Core.Time;

namespace SpasmCoach.Web.Features.Nutrition;

/// <summary>
/// The food pages of a diary day. Today's need no date; an earlier day's carry it, so what is logged from them lands on
/// that day (see <see cref="Infrastructure.DayInUrl.ProposedTime"/>).
/// </summary>
public static class FoodLinks
{
    /// <summary>"/food" for today, "/food/day/2026-11-20" for an earlier day.</summary>
    public static string Day(LocalDate day, LocalDate today) => day == today ? "/food" : $"/food/day/{LocalTimeText.Format(day)}";

    /// <summary>"/food/own" for today, "/food/own?day=2026-11-20" for an earlier day.</summary>
    public static string OwnFoods(LocalDate day, LocalDate today) => day == today ? "/food/own" : $"/food/own?day={LocalTimeText.Format(day)}";
}

using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Features.Hydration;

/// <summary>A drink to log; <c>atLocal</c> missing means now.</summary>
public sealed record DrinkRequest(Guid? Id, string? AtLocal, double? VolumeMl, string? Beverage)
{
    public DrinkInput ToInput() => new(AtLocal, VolumeMl, Beverage);
}

public sealed record DrinkResponse(Guid Id, string AtLocal, DateTime At, DateOnly DiaryDay, double VolumeMl, string Beverage);

/// <summary>
/// A diary day's drinks. <c>goalMl</c> is what to aim for (null with a clinician limit or an incomplete profile);
/// <c>limitMl</c> is a clinician's ceiling; <c>basis</c> names the source of either. <c>foodWaterMl</c> is the water in
/// logged foods, as far as they give it: <c>foodsWithoutWater</c> of <c>foodsLogged</c> had no figure, so it is then a
/// lower bound, and unknown (not 0 ml) when that is all of them. <c>totalWaterMl</c> (drinks plus food) is judged
/// against <c>totalGoalMl</c>, the total-water Adequate Intake.
/// </summary>
public sealed record HydrationDayResponse(
    DateOnly Date, double DrinksMl, double? GoalMl, double? LimitMl, string Source, string? Basis, bool OverLimit,
    double FoodWaterMl, double TotalWaterMl, double? TotalGoalMl, int FoodsLogged, int FoodsWithoutWater);

public static class HydrationMapping
{
    public static DrinkResponse ToResponse(this Drink d) =>
        new(d.Id, LocalTimeText.Format(d.AtLocal), d.At.ToDateTimeUtc(), d.DiaryDay.ToDateOnly(), d.VolumeMl, Codes.Of(d.Beverage));

    public static HydrationDayResponse ToResponse(this HydrationDay day) =>
        new(day.Date.ToDateOnly(), Math.Round(day.DrinksMl, 1), day.GoalMl, day.LimitMl, Codes.Of(day.Source), day.Basis, day.OverLimit,
            Math.Round(day.FoodWaterMl), Math.Round(day.TotalWaterMl), day.TotalGoalMl, day.FoodWater.FoodsLogged, day.FoodWater.FoodsWithoutData);
}

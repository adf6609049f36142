using SpasmCoach.Core.CheckIns;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Web.Features.CheckIns;

/// <summary>
/// The daily check-in; every answer is optional and a PUT replaces the whole day. At least one answer: with none, a
/// stored check-in is deleted (204), and with none stored it is a 400 under "checkIn".
/// </summary>
/// <param name="AlcoholUnits">UK units, 10 ml of pure alcohol each; a US standard drink (14 g) is 1.77 of them.</param>
public sealed record CheckInRequest(
    double? SittingHours,
    int? LongestSittingMinutes,
    int? ExerciseMinutes,
    string? ExerciseIntensity,
    double? AlcoholUnits,
    int? CaffeinatedDrinks,
    double? SleepHours,
    int? KneePain,
    bool? KneeSwelling,
    double? WeightKg,
    string? Notes)
{
    public CheckInInput ToInput() => new(SittingHours, LongestSittingMinutes, ExerciseMinutes, ExerciseIntensity, AlcoholUnits,
        CaffeinatedDrinks, SleepHours, KneePain, KneeSwelling, WeightKg, Notes);
}

public sealed record CheckInResponse(
    DateOnly Date,
    double? SittingHours,
    int? LongestSittingMinutes,
    int? ExerciseMinutes,
    string? ExerciseIntensity,
    double? AlcoholUnits,
    int? CaffeinatedDrinks,
    double? SleepHours,
    int? KneePain,
    bool? KneeSwelling,
    double? WeightKg,
    string? Notes);

public static class CheckInMapping
{
    public static CheckInResponse ToResponse(this CheckIn c) => new(
        c.Date.ToDateOnly(), c.SittingHours, c.LongestSittingMinutes, c.ExerciseMinutes,
        c.ExerciseIntensity is { } i ? Codes.Of(i) : null, c.AlcoholUnits, c.CaffeinatedDrinks, c.SleepHours,
        c.KneePain, c.KneeSwelling, c.WeightKg, c.Notes);

    public static CheckInInput ToInput(this CheckIn c) => new(
        c.SittingHours, c.LongestSittingMinutes, c.ExerciseMinutes, c.ExerciseIntensity is { } i ? Codes.Of(i) : null,
        c.AlcoholUnits, c.CaffeinatedDrinks, c.SleepHours, c.KneePain, c.KneeSwelling, c.WeightKg, c.Notes);
}

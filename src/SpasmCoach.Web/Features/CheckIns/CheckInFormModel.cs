using SpasmCoach.Core.CheckIns;
using SpasmCoach.Core.Units;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;

namespace SpasmCoach.Web.Features.CheckIns;

public sealed class CheckInFormModel
{
    public string? SittingHours { get; set; }
    public string? LongestSittingMinutes { get; set; }
    public string? ExerciseMinutes { get; set; }
    public string? ExerciseIntensity { get; set; }
    public string? AlcoholUnits { get; set; }
    public string? CaffeinatedDrinks { get; set; }
    public string? SleepHours { get; set; }
    public string? KneePain { get; set; }
    public string? KneeSwelling { get; set; }
    public string? Weight { get; set; }
    public string? Notes { get; set; }

    public static CheckInFormModel From(CheckIn? c, DisplayUnits units) => c is null ? new() : new()
    {
        SittingHours = Text(c.SittingHours),
        LongestSittingMinutes = Text(c.LongestSittingMinutes),
        ExerciseMinutes = Text(c.ExerciseMinutes),
        ExerciseIntensity = c.ExerciseIntensity is { } i ? Codes.Of(i) : null,
        AlcoholUnits = c.AlcoholUnits is { } a ? FormNumbers.Format(Alcohol.ToDisplay(a, units)) : null,
        CaffeinatedDrinks = Text(c.CaffeinatedDrinks),
        SleepHours = Text(c.SleepHours),
        KneePain = Text(c.KneePain),
        KneeSwelling = c.KneeSwelling switch { true => "yes", false => "no", null => "" },
        Weight = c.WeightKg is { } w ? FormNumbers.Format(Mass.ToDisplay(w, units)) : null,
        Notes = c.Notes,
    };

    /// <summary>
    /// The API's input in metric. Numbers left as the form showed them keep the <paramref name="stored"/> values
    /// (<see cref="FormNumbers.ParseKeeping"/>): the form rounds them to 0.1 and shows pounds and
    /// US standard drinks.
    /// </summary>
    public CheckInInput ToInput(DisplayUnits units, CheckIn? stored, ValidationErrors errors)
    {
        return new CheckInInput(
            FormNumbers.ParseKeeping(SittingHours, "sittingHours", errors, stored?.SittingHours),
            FormNumbers.ParseInt(LongestSittingMinutes, "longestSittingMinutes", errors),
            FormNumbers.ParseInt(ExerciseMinutes, "exerciseMinutes", errors),
            ExerciseIntensity,
            FormNumbers.ParseKeeping(AlcoholUnits, "alcoholUnits", errors, stored?.AlcoholUnits, u => Alcohol.ToDisplay(u, units), a => Alcohol.FromDisplay(a, units)),
            FormNumbers.ParseInt(CaffeinatedDrinks, "caffeinatedDrinks", errors),
            FormNumbers.ParseKeeping(SleepHours, "sleepHours", errors, stored?.SleepHours),
            FormNumbers.ParseInt(KneePain, "kneePain", errors),
            KneeSwelling switch { "yes" => true, "no" => false, _ => null },
            FormNumbers.ParseKeeping(Weight, "weightKg", errors, stored?.WeightKg, kg => Mass.ToDisplay(kg, units), w => Mass.FromDisplay(w, units)),
            Notes);
    }

    private static string? Text(double? value) => value is { } v ? FormNumbers.Format(v) : null;
}

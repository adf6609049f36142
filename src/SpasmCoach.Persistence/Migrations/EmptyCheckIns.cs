namespace SpasmCoach.Persistence.Migrations;

/// <summary>
/// Check-ins with no answer at all, stored before the rules asked for one (CheckInRules.AnswersNothing): each read as
/// "checked in" with nothing to show. The same SQL on both providers; a deleted row lost nothing.
/// </summary>
public static class EmptyCheckIns
{
    public const string DeleteSql = """
        DELETE FROM "CheckIns"
        WHERE "SittingHours" IS NULL AND "LongestSittingMinutes" IS NULL AND "ExerciseMinutes" IS NULL
          AND "ExerciseIntensity" IS NULL AND "AlcoholUnits" IS NULL AND "CaffeinatedDrinks" IS NULL
          AND "SleepHours" IS NULL AND "KneePain" IS NULL AND "KneeSwelling" IS NULL AND "WeightKg" IS NULL
          AND ("Notes" IS NULL OR TRIM("Notes") = '')
        """;
}

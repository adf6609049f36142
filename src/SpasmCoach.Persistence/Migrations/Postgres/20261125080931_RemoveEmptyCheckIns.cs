using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpasmCoach.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RemoveEmptyCheckIns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Check-ins with no answer at all, stored before the rules asked for one (CheckInRules.AnswersNothing):
            // each read as "checked in" with nothing to show, and a deleted row lost nothing. Written out here, not
            // shared: a migration must go on doing what it did when it was written.
            migrationBuilder.Sql("""
                DELETE FROM "CheckIns"
                WHERE "SittingHours" IS NULL AND "LongestSittingMinutes" IS NULL AND "ExerciseMinutes" IS NULL
                  AND "ExerciseIntensity" IS NULL AND "AlcoholUnits" IS NULL AND "CaffeinatedDrinks" IS NULL
                  AND "SleepHours" IS NULL AND "KneePain" IS NULL AND "KneeSwelling" IS NULL AND "WeightKg" IS NULL
                  AND ("Notes" IS NULL OR TRIM("Notes") = '')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to put back: the rows removed held no answers.
        }
    }
}

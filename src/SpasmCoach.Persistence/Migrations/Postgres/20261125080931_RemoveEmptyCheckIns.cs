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
            migrationBuilder.Sql(EmptyCheckIns.DeleteSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to put back: the rows removed held no answers.
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpasmCoach.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Nutrition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Avoid",
                table: "Profiles",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "KidneyDisease",
                table: "Profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PotassiumRaisingMedicine",
                table: "Profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CustomFoods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsSupplement = table.Column<bool>(type: "INTEGER", nullable: false),
                    ServingDescription = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EnergyKcal = table.Column<double>(type: "REAL", nullable: true),
                    WaterG = table.Column<double>(type: "REAL", nullable: true),
                    CalciumMg = table.Column<double>(type: "REAL", nullable: true),
                    MagnesiumMg = table.Column<double>(type: "REAL", nullable: true),
                    PotassiumMg = table.Column<double>(type: "REAL", nullable: true),
                    SodiumMg = table.Column<double>(type: "REAL", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomFoods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomFoods_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FavouriteFoods",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FoodKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FavouriteFoods", x => new { x.UserId, x.FoodKey });
                    table.ForeignKey(
                        name: "FK_FavouriteFoods_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FoodEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AtLocal = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DiaryDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NdbNo = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    CustomFoodId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PortionSeq = table.Column<int>(type: "INTEGER", nullable: true),
                    Quantity = table.Column<double>(type: "REAL", nullable: true),
                    Grams = table.Column<double>(type: "REAL", nullable: true),
                    AmountLabel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsSupplement = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnergyKcal = table.Column<double>(type: "REAL", nullable: true),
                    WaterG = table.Column<double>(type: "REAL", nullable: true),
                    CalciumMg = table.Column<double>(type: "REAL", nullable: true),
                    MagnesiumMg = table.Column<double>(type: "REAL", nullable: true),
                    PotassiumMg = table.Column<double>(type: "REAL", nullable: true),
                    SodiumMg = table.Column<double>(type: "REAL", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FoodEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FoodEntries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFoods_UserId_Name",
                table: "CustomFoods",
                columns: new[] { "UserId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_FoodEntries_UserId_At",
                table: "FoodEntries",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FoodEntries_UserId_DiaryDay",
                table: "FoodEntries",
                columns: new[] { "UserId", "DiaryDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomFoods");

            migrationBuilder.DropTable(
                name: "FavouriteFoods");

            migrationBuilder.DropTable(
                name: "FoodEntries");

            migrationBuilder.DropColumn(
                name: "Avoid",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "KidneyDisease",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "PotassiumRaisingMedicine",
                table: "Profiles");
        }
    }
}

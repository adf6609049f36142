using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Nutrition;

public sealed class CustomFoodFormModel : SaveOnceForm
{
    public string? Name { get; set; }
    public string Kind { get; set; } = "supplement";
    public string? ServingDescription { get; set; } = "1 tablet";
    public string? EnergyKcal { get; set; }
    public string? WaterG { get; set; }
    public string? CalciumMg { get; set; }
    public string? MagnesiumMg { get; set; }
    public string? PotassiumMg { get; set; }
    public string? SodiumMg { get; set; }

    public CustomFoodInput ToInput(ValidationErrors errors) => new(
        Name, Kind, ServingDescription,
        FormNumbers.Parse(EnergyKcal, "energyKcal", errors),
        FormNumbers.Parse(WaterG, "waterG", errors),
        FormNumbers.Parse(CalciumMg, "calciumMg", errors),
        FormNumbers.Parse(MagnesiumMg, "magnesiumMg", errors),
        FormNumbers.Parse(PotassiumMg, "potassiumMg", errors),
        FormNumbers.Parse(SodiumMg, "sodiumMg", errors));
}

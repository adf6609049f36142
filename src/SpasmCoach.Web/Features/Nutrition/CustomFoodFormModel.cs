using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Units;
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
    /// <summary>Water per serving as typed: g (1 g is about 1 ml), or US fl oz.</summary>
    public string? Water { get; set; }
    public string? CalciumMg { get; set; }
    public string? MagnesiumMg { get; set; }
    public string? PotassiumMg { get; set; }
    public string? SodiumMg { get; set; }

    public CustomFoodInput ToInput(DisplayUnits units, ValidationErrors errors) => new(
        Name, Kind, ServingDescription,
        FormNumbers.Parse(EnergyKcal, "energyKcal", errors),
        // Stored in g like USDA's water; fl oz become ml exactly, and 1 ml of water is counted as 1 g, as the day's
        // water from food counts 1 g as 1 ml.
        FormNumbers.Parse(Water, "waterG", errors) is { } water ? Volume.FromDisplay(water, units) : null,
        FormNumbers.Parse(CalciumMg, "calciumMg", errors),
        FormNumbers.Parse(MagnesiumMg, "magnesiumMg", errors),
        FormNumbers.Parse(PotassiumMg, "potassiumMg", errors),
        FormNumbers.Parse(SodiumMg, "sodiumMg", errors));
}

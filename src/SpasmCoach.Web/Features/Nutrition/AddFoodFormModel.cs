using SpasmCoach.Core.Nutrition;
using SpasmCoach.Core.Units;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Nutrition;

public sealed class AddFoodFormModel : SaveOnceForm
{
    /// <summary>"portion" or "weight".</summary>
    public string Mode { get; set; } = "portion";
    public string? PortionSeq { get; set; }
    public string? Quantity { get; set; } = "1";
    public string? Weight { get; set; }
    public string? AtLocal { get; set; }

    public FoodEntryInput ToInput(string ndbNo, DisplayUnits units, ValidationErrors errors)
    {
        if (Mode == "weight")
        {
            var weight = FormNumbers.Parse(Weight, "grams", errors);
            if (weight is null && !errors.Has("grams"))
            {
                errors.Add("grams", "Enter how much you ate.");
            }
            return new FoodEntryInput(AtLocal, ndbNo, null, null, weight is { } w ? Mass.FoodGramsFromDisplay(w, units) : null);
        }
        // A weight typed with "A portion" still chosen was once dropped without a word (JavaScript now switches the
        // choice as the person types; without it, this asks).
        if (!string.IsNullOrWhiteSpace(Weight))
        {
            errors.Add("grams", "You typed a weight: choose \"A weight\", or clear the weight box.");
        }
        var seq = FormNumbers.ParseInt(PortionSeq, "portionSeq", errors);
        var quantity = FormNumbers.Parse(Quantity, "quantity", errors);
        return new FoodEntryInput(AtLocal, ndbNo, seq, quantity, null);
    }
}

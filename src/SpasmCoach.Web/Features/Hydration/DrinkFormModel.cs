using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Units;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Hydration;

public sealed class DrinkFormModel : SaveOnceForm
{
    public string? Amount { get; set; }
    public string Beverage { get; set; } = "water";
    public string? AtLocal { get; set; }

    public DrinkInput ToInput(DisplayUnits units, ValidationErrors errors)
    {
        var amount = FormNumbers.Parse(Amount, "volumeMl", errors);
        if (amount is null && !errors.Has("volumeMl"))
        {
            errors.Add("volumeMl", "Enter how much you drank.");
        }
        return new DrinkInput(AtLocal, amount is { } a ? Volume.FromDisplay(a, units) : null, Beverage);
    }
}

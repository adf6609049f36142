using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Units;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Hydration;

public sealed class DrinkFormModel
{
    public string? Amount { get; set; }
    public string Beverage { get; set; } = "water";
    public string? AtLocal { get; set; }

    /// <summary>Made when the form is first shown and sent back with it, so the same form sent twice saves once (see <see cref="OneTapForms"/>).</summary>
    public string? FormId { get; set; } = Guid.CreateVersion7().ToString();

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

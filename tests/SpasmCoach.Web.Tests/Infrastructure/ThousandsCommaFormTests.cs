using System.Net;
using System.Text.RegularExpressions;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// A number typed with a thousands comma ("2,500" ml) in any box of any form is refused under that box and changes
/// nothing: the forms once read the comma as a decimal point and stored 2.5 ml, inside the allowed range.
/// </summary>
public sealed class ThousandsCommaFormTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public ThousandsCommaFormTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    public static TheoryData<string, string, string, string[], string[]> Forms => new()
    {
        // page, form name, where the API shows what is stored, the fields typed over the form as shown, the boxes
        // (error ids) expected to say so. Every box read by FormNumbers that a person types into.
        { "/drinks", "custom-drink", "/api/drinks?from=2026-11-20&to=2026-11-20", ["Model.Amount=2,500", "Model.AtLocal=2026-11-20T11:00"], ["volumeMl"] },
        {
            "/profile", "profile", "/api/profile",
            ["Form.Weight=1,000.5", "Form.HasFluidLimit=True", "Form.FluidLimit=1,500", "Form.DrinksGoal=2,000"],
            ["weightKg", "fluidLimitMl", "drinksGoalMl"]
        },
        {
            "/checkin/2026-11-19", "checkin", "/api/checkins?from=2026-11-19&to=2026-11-19",
            [
                "Model.SittingHours=1,000", "Model.LongestSittingMinutes=1,000", "Model.ExerciseMinutes=1,000", "Model.AlcoholUnits=1,000",
                "Model.CaffeinatedDrinks=1,000", "Model.SleepHours=1,000", "Model.Weight=1,000",
            ],
            ["sittingHours", "longestSittingMinutes", "exerciseMinutes", "alcoholUnits", "caffeinatedDrinks", "sleepHours", "weightKg"]
        },
        { "/food/add/09040", "add-food", "/api/food-entries?from=2026-11-20&to=2026-11-20", ["Model.Mode=weight", "Model.Weight=1,000", "Model.AtLocal=2026-11-20T08:00"], ["grams"] },
        { "/food/add/09040", "add-food", "/api/food-entries?from=2026-11-20&to=2026-11-20", ["Model.Mode=portion", "Model.Quantity=1,000", "Model.AtLocal=2026-11-20T08:00"], ["quantity"] },
        {
            "/food/own", "custom-food", "/api/custom-foods",
            [
                "Model.Name=Broth", "Model.EnergyKcal=1,000", "Model.Water=1,000", "Model.CalciumMg=1,000", "Model.MagnesiumMg=1,000",
                "Model.PotassiumMg=1,000", "Model.SodiumMg=1,000",
            ],
            ["energyKcal", "waterG", "calciumMg", "magnesiumMg", "potassiumMg", "sodiumMg"]
        },
        {
            "/episodes/new", "log-episode", "/api/episodes?from=2026-11-18&to=2026-11-19",
            ["Model.StartedAtLocal=2026-11-19T03:00", "Model.Muscle=calf", "Model.Side=left", "Model.DurationMinutes=1,000", "Model.ReliefMinutes=1,000"],
            ["durationSeconds", "timeToReliefSeconds"]
        },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task FormPost_ThousandsComma_IsRefusedUnderEachBoxAndStoresNothing(string page, string form, string stored, string[] typed, string[] boxes)
    {
        var client = await _app.CreatePageClientAsync();
        var before = await (await client.GetAsync(stored)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var (html, _) = await client.GetFormPageAsync(page);
        var filled = typed.Select(t => (Name: t[..t.IndexOf('=', StringComparison.Ordinal)], Value: t[(t.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToList();
        List<(string, string)> fields = [.. HtmlPages.FormAsShown(html, form).Where(f => filled.All(t => t.Name != f.Name)), .. filled];

        var response = await client.PostFormAsync(page, [.. fields]);
        var shown = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var box in boxes)
        {
            Assert.Matches($"id=\"{Regex.Escape(box)}-error\">[^<]*without a thousands comma", shown);
        }
        Assert.Equal(before, await (await client.GetAsync(stored)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

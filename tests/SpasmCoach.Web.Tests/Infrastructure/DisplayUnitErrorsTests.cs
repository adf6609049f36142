using System.Net;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// A number outside its limits, typed into a form in US units, is refused with the limits in the units typed: the
/// rules check metric values, and "from 20 to 400 kg" under a box in lb reads as if 30 lb were allowed.
/// </summary>
public sealed class DisplayUnitErrorsTests : IClassFixture<SpasmCoachApplication>
{
    private readonly SpasmCoachApplication _app;

    public DisplayUnitErrorsTests(SpasmCoachApplication app)
    {
        _app = app;
        app.Clock.Reset(SpasmCoachApplication.DefaultNow);
    }

    public static TheoryData<string, string, string[], string> OutOfRange => new()
    {
        // page, form name, fields typed over the form as shown, the message expected in the page.
        { "/profile", "profile", ["Form.Weight=30"], "Must be from 44.1 to 881.8 lb." },
        { "/profile", "profile", ["Form.HasFluidLimit=True", "Form.FluidLimit=1000"], "Must be from 17 to 169 fl oz." },
        { "/profile", "profile", ["Form.DrinksGoal=300"], "Must be from 8.5 to 202.8 fl oz." },
        { "/checkin/2026-11-19", "checkin", ["Model.Weight=5"], "Must be from 44.1 to 881.8 lb." },
        { "/checkin/2026-11-19", "checkin", ["Model.AlcoholUnits=30"], "Must be from 0 to 28.1 standard drinks." },
        { "/drinks", "custom-drink", ["Model.Amount=200", "Model.AtLocal=2026-11-20T11:00"], "Must be from 0.1 to 169 fl oz." },
        // 0.04 fl oz (1.2 ml) would be stored and then read as "0 fl oz".
        { "/drinks", "custom-drink", ["Model.Amount=0.04", "Model.AtLocal=2026-11-20T11:00"], "Must be from 0.1 to 169 fl oz." },
        { "/food/add/09040", "add-food", ["Model.Mode=weight", "Model.Weight=200", "Model.AtLocal=2026-11-20T08:00"], "Must be more than 0 and at most 176.3 oz." },
        { "/food/own", "custom-food", ["Model.Name=Broth", "Model.Water=200"], "Must be from 0 to 169 fl oz per serving, or empty when unknown." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task UsUnitsForm_NumberOutOfRange_SaysTheLimitsInUsUnits(string page, string form, string[] typed, string message)
    {
        var client = await _app.CreatePageClientAsync();
        await SpasmCoachApplication.PutProfileAsync(client, units: "us");
        var (html, _) = await client.GetFormPageAsync(page);
        var filled = typed.Select(t => (Name: t[..t.IndexOf('=', StringComparison.Ordinal)], Value: t[(t.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToList();
        List<(string, string)> fields = [.. HtmlPages.FormAsShown(html, form).Where(f => filled.All(t => t.Name != f.Name)), .. filled];

        var response = await client.PostFormAsync(page, [.. fields]);
        var shown = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(" kg.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(" ml.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(" g.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(" units.", shown, StringComparison.Ordinal);
    }
}

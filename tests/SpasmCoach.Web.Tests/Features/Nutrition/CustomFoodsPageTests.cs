namespace SpasmCoach.Web.Tests.Features.Nutrition;

/// <summary>Saving an own food or supplement says so, like every other save.</summary>
public sealed class CustomFoodsPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    [Fact]
    public async Task Save_GoesToTheFoodWithANotice()
    {
        var client = await app.CreatePageClientAsync();
        var (html, _) = await client.GetFormPageAsync("/food/own");
        var fields = HtmlPages.FormAsShown(html, "custom-food")
            .Where(f => f.Name is not ("Model.Name" or "Model.MagnesiumMg"))
            .Append(("Model.Name", "Magnesium citrate")).Append(("Model.MagnesiumMg", "200")).ToArray();

        var response = await client.PostFormAsync("/food/own", fields);

        var location = response.Headers.Location!.OriginalString;
        var id = Assert.Single(await client.GetArrayAsync("/api/custom-foods"))!["id"]!.GetValue<string>();
        Assert.EndsWith($"/food/own?saved={id}#food-{id}", location, StringComparison.Ordinal);
        Assert.Contains("Saved Magnesium citrate. Log it from the list below.", await client.GetStringAsync(location, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

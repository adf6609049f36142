using System.Net;
using System.Text.RegularExpressions;

namespace SpasmCoach.Web.Tests.Features.Hydration;

/// <summary>After "+ Mug" of tea, the quick-add list still says Tea: a pot of tea is several taps, not one each of tea and water.</summary>
public sealed partial class QuickAddPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    [Theory]
    [InlineData("/drinks")]
    [InlineData("/")]
    public async Task QuickAdd_GoesBackWithTheSameDrinkChosen(string page)
    {
        var client = await app.CreatePageClientAsync();
        var (before, token) = await client.GetFormPageAsync(page);
        Assert.Equal("water", Chosen(before));

        var response = await client.PostFormAsync("/forms/drinks/quick",
            (HtmlPages.AntiforgeryField, token), ("formId", Guid.NewGuid().ToString()), ("size", "mug"), ("beverage", "tea"), ("returnUrl", page));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetStringAsync(response.Headers.Location!.OriginalString, TestContext.Current.CancellationToken);

        Assert.Contains("Drink added.", after, StringComparison.Ordinal);
        Assert.Equal("tea", Chosen(after));
    }

    [Fact]
    public async Task UnknownDrinkInTheAddress_ChoosesWater()
    {
        var client = await app.CreatePageClientAsync();

        Assert.Equal("water", Chosen(await client.GetStringAsync("/drinks?drink=absinthe-x", TestContext.Current.CancellationToken)));
    }

    /// <summary>The option the quick-add list shows: the one marked selected, else the first.</summary>
    private static string Chosen(string html)
    {
        var list = QuickList().Match(html);
        Assert.True(list.Success, "no quick-add list");
        var options = Option().Matches(list.Value);
        return (options.FirstOrDefault(o => o.Groups[2].Success) ?? options[0]).Groups[1].Value;
    }

    [GeneratedRegex("<select id=\"quick-beverage\".*?</select>", RegexOptions.Singleline)]
    private static partial Regex QuickList();

    [GeneratedRegex("<option value=\"([a-z-]+)\"( selected)?")]
    private static partial Regex Option();
}

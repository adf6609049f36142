using System.Net;

namespace SpasmCoach.Web.Tests.Features.Accounts;

public sealed class LoginPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    /// <summary>A failed sign-in shows the form again with the e-mail, never the password typed (it sat in the HTML).</summary>
    [Fact]
    public async Task WrongPassword_PageDoesNotHoldThePasswordTyped()
    {
        var email = SpasmCoachApplication.NewEmail();
        using (await app.CreateClientAsync(email))
        {
        }
        var client = app.CreateAnonymousClient();
        var (_, token) = await client.GetFormPageAsync("/account/login");

        var response = await client.PostFormAsync("/account/login",
            ("_handler", "login"), (HtmlPages.AntiforgeryField, token), ("Form.Email", email), ("Form.Password", "secretWRONG123"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That e-mail and password do not match an account.", html, StringComparison.Ordinal);
        Assert.Contains(email, html, StringComparison.Ordinal);
        Assert.DoesNotContain("secretWRONG123", html, StringComparison.Ordinal);
    }
}

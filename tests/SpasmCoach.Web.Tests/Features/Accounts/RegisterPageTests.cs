using System.Net;
using System.Net.Http.Json;

namespace SpasmCoach.Web.Tests.Features.Accounts;

/// <summary>
/// The registration page says what is wrong in the app's words, under the field it is about (Identity's own texts speak
/// of a "Username" the page does not show), and creates no account.
/// </summary>
public sealed class RegisterPageTests(SpasmCoachApplication app) : IClassFixture<SpasmCoachApplication>
{
    [Fact]
    public async Task ShortPassword_IsNamedUnderThePasswordField()
    {
        var email = SpasmCoachApplication.NewEmail();

        var html = await RegisterAsync(email, "nine-char");

        Assert.Contains("""<small class="field-error" id="password-error">Must be at least 10 characters long.</small>""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="#password">Password</a>: Must be at least 10 characters long.""", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Passwords must be", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nine-char", html, StringComparison.Ordinal); // the password is not sent back
        Assert.False(await CanSignInAsync(email, "nine-char"));
    }

    [Fact]
    public async Task TakenEmail_SaysSoOnceUnderTheEmailField_WithoutTheWordUsername()
    {
        var email = SpasmCoachApplication.NewEmail();
        await RegisterAsync(email, SpasmCoachApplication.Password);

        var html = await RegisterAsync(email, "another-password-1");

        const string taken = "There is already an account with this e-mail. Sign in instead, or use another address.";
        Assert.Contains($"""<small class="field-error" id="email-error">{taken}</small>""", html, StringComparison.Ordinal);
        // Identity reports it twice, as a taken user name and as a taken e-mail: once in the summary, once under the field.
        Assert.Equal(2, html.Split(taken).Length - 1);
        Assert.DoesNotContain("Username", html, StringComparison.Ordinal);
        Assert.False(await CanSignInAsync(email, "another-password-1"));
    }

    [Theory]
    [InlineData("", SpasmCoachApplication.Password, "email-error", "Enter your e-mail address.")]
    [InlineData("jörg@example.test", SpasmCoachApplication.Password, "email-error", "Must be at most 256 characters of a-z, 0-9 and . _ - + @ (no accents or spaces).")]
    [InlineData("no-at-sign.example.test", SpasmCoachApplication.Password, "email-error", "Must be an e-mail address such as name@example.com.")]
    [InlineData("someone@example.test", "", "password-error", "Enter a password of at least 10 characters.")]
    public async Task BadField_IsNamedUnderIt(string email, string password, string errorId, string message)
    {
        var html = await RegisterAsync(email, password);

        Assert.Contains($"""<small class="field-error" id="{errorId}">{message}</small>""", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    private async Task<string> RegisterAsync(string email, string password)
    {
        var client = app.CreateAnonymousClient();
        var (_, token) = await client.GetFormPageAsync("/account/register");
        var response = await client.PostFormAsync("/account/register",
            ("_handler", "register"), (HtmlPages.AntiforgeryField, token), ("Form.Email", email), ("Form.Password", password));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<bool> CanSignInAsync(string email, string password)
    {
        var login = await app.CreateAnonymousClient().PostAsJsonAsync("/api/auth/login", new { email, password });
        return login.IsSuccessStatusCode;
    }
}

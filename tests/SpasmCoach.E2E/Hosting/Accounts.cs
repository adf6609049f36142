using Microsoft.Playwright;

namespace SpasmCoach.E2E.Hosting;

/// <summary>Accounts made the way a person makes them: through the pages.</summary>
public static class Accounts
{
    public const string Password = "night-cramps-2am";

    public static string NewEmail() => $"night-{Guid.NewGuid():N}@example.test";

    /// <summary>Registers a new account from the register page; the app signs it in and shows the welcome profile.</summary>
    public static async Task<string> RegisterAsync(IPage page)
    {
        var email = NewEmail();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/profile?welcome=true");
        return email;
    }
}

namespace SpasmCoach.Web.Features.Accounts;

public sealed class LoginForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }
}

public sealed class RegisterForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    /// <summary>The browser's IANA zone, filled in by js/timezone.js; the profile starts with it.</summary>
    public string? TimeZone { get; set; }
}

public sealed class DeleteAccountForm
{
    public string? Password { get; set; }
}

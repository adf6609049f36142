using Microsoft.AspNetCore.Identity;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Accounts;

/// <summary>
/// The registration page's errors, in the app's words and under the field they are about. Identity's own texts
/// ("Username 'x' is already taken.", "Passwords must be at least 10 characters.") speak of user names the page does
/// not have. The API keeps Identity's codes: MapIdentityApi is its contract.
/// </summary>
public static class RegistrationErrors
{
    public const string Email = "email";
    public const string Password = "password";

    /// <summary>The fields a person must fill in before Identity is asked at all.</summary>
    public static ValidationErrors OfBlankFields(string email, string password)
    {
        var errors = new ValidationErrors();
        if (email.Length == 0)
        {
            errors.Add(Email, "Enter your e-mail address.");
        }
        if (password.Length == 0)
        {
            errors.Add(Password, $"Enter a password of at least {RequiredLength} characters.");
        }
        return errors;
    }

    public static ValidationErrors Of(IEnumerable<IdentityError> identityErrors)
    {
        var errors = new ValidationErrors();
        // Identity reports a bad e-mail both as a user name and as an e-mail (they are the same here): say it once.
        foreach (var (field, message) in identityErrors.Select(Translate).Distinct())
        {
            errors.Add(field, message);
        }
        return errors;
    }

    private const int RequiredLength = Security.PasswordLength;

    private static (string Field, string Message) Translate(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail) =>
            (Email, "There is already an account with this e-mail. Sign in instead, or use another address."),
        // The e-mail is also the user name, which Identity limits to a-z, A-Z, 0-9 and -._@+ (and we to 256 characters).
        nameof(IdentityErrorDescriber.InvalidUserName) =>
            (Email, "Must be at most 256 characters of a-z, 0-9 and . _ - + @ (no accents or spaces)."),
        nameof(IdentityErrorDescriber.InvalidEmail) => (Email, "Must be an e-mail address such as name@example.com."),
        nameof(IdentityErrorDescriber.PasswordTooShort) => (Password, $"Must be at least {RequiredLength} characters long."),
        // Rules this app does not set (digits, capitals...) would still come with Identity's own clear sentence.
        var code when code.StartsWith("Password", StringComparison.Ordinal) => (Password, error.Description),
        _ => (Email, error.Description),
    };
}

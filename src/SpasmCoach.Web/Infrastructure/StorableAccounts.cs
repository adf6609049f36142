using Microsoft.AspNetCore.Identity;
using SpasmCoach.Persistence;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// Identity's upper-case lookup keys with control characters replaced: PostgreSQL refuses a NUL in any text, so a
/// sign-in or registration that sent one failed inside the query. A replaced name simply matches no account.
/// </summary>
internal sealed class StorableLookupNormalizer : ILookupNormalizer
{
    private static readonly UpperInvariantLookupNormalizer Upper = new();

    public string? NormalizeName(string? name) => Upper.NormalizeName(ReplaceControls(name));

    public string? NormalizeEmail(string? email) => Upper.NormalizeEmail(ReplaceControls(email));

    private static string? ReplaceControls(string? text) =>
        text is null || !text.Any(char.IsControl) ? text : string.Concat(text.Select(c => char.IsControl(c) ? '\uFFFD' : c));
}

/// <summary>Refuses a user name or e-mail longer than the account table holds, rather than failing on insert.</summary>
internal sealed class StorableAccountValidator(IdentityErrorDescriber describe) : IUserValidator<AppUser>
{
    /// <summary>The length of Identity's UserName and Email columns.</summary>
    public const int MaxLength = 256;

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user)
    {
        var errors = new List<IdentityError>();
        if (await manager.GetUserNameAsync(user) is { Length: > MaxLength } name)
        {
            errors.Add(describe.InvalidUserName(name));
        }
        if (await manager.GetEmailAsync(user) is { Length: > MaxLength } email)
        {
            errors.Add(describe.InvalidEmail(email));
        }
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}

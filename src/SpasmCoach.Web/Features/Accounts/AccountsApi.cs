using Microsoft.AspNetCore.Identity;
using SpasmCoach.Persistence;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Accounts;

public static class AccountsApi
{
    /// <summary>
    /// ASP.NET Core Identity's endpoints under /api/auth (register, login returning bearer tokens, refresh, manage),
    /// rate-limited per client address; and the sign-out form post for pages.
    /// </summary>
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(Security.AuthRateLimit).MapIdentityApi<AppUser>();
        app.MapPost("/account/logout", LogoutAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LogoutAsync(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SpasmCoach.Persistence;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Accounts;

public static class AccountsApi
{
    /// <summary>
    /// ASP.NET Core Identity's endpoints under /api/auth (register, login returning bearer tokens, refresh, manage),
    /// rate-limited per client address, with registration's errors also under the fields they are about; and the
    /// sign-out form post for pages.
    /// </summary>
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(Security.AuthRateLimit);
        auth.AddEndpointFilter(NameRegistrationFieldsAsync);
        auth.MapIdentityApi<AppUser>();
        app.MapPost("/account/logout", LogoutAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Registration answers with Identity's error codes as keys ("PasswordTooShort", "DuplicateEmail"), which name no
    /// field. They stay (MapIdentityApi is the contract), and each error is also given under "email" or "password" in
    /// the registration page's words, so a client can show it beside the box it is about.
    /// </summary>
    private static async ValueTask<object?> NameRegistrationFieldsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (context.HttpContext.Request.Path != "/api/auth/register"
            || (result is INestedHttpResult nested ? nested.Result : result) is not ValidationProblem { ProblemDetails: var problem })
        {
            return result;
        }
        var identityErrors = problem.Errors.SelectMany(e => e.Value.Select(description => new IdentityError { Code = e.Key, Description = description }));
        var errors = new Dictionary<string, string[]>(problem.Errors);
        foreach (var (field, messages) in RegistrationErrors.Of(identityErrors).ToDictionary())
        {
            errors.TryAdd(field, messages);
        }
        return TypedResults.ValidationProblem(errors);
    }

    private static async Task<IResult> LogoutAsync(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }
}

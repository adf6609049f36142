using Microsoft.AspNetCore.Antiforgery;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// A page's form whose anti-forgery token no longer matches (signed in or out in another window since the page was
/// shown, cookies cleared) goes to a page that says nothing was saved and leads back to the form, instead of a bare
/// 400: an empty page for the pages' own forms, the framework's words in JSON for the one-tap forms.
/// </summary>
public static class ExpiredForms
{
    public const string PagePath = "/form-expired";

    /// <summary>After <c>UseAntiforgery</c>, which checks the token and records the verdict; nothing runs the form.</summary>
    public static IApplicationBuilder UseExpiredFormPage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } && !context.Request.Path.StartsWithSegments("/api"))
        {
            // 303: the browser follows with a GET, so going back or reloading cannot send the form again.
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = $"{PagePath}?back={Uri.EscapeDataString(FormPage(context.Request))}";
            return;
        }
        await next(context);
    });

    /// <summary>The page the form was on, from the Referer when it is one of this site's pages; else today.</summary>
    internal static string FormPage(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? LocalUrl.PageOrDefault(referer.PathAndQuery, "/")
            : "/";
}

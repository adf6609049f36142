using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using SpasmCoach.Core.Validation;
using SpasmCoach.Persistence.Writing;

namespace SpasmCoach.Web.Infrastructure;

public static class Problems
{
    /// <summary>A 400 problem+json (RFC 9457) whose <c>errors</c> name each offending field.</summary>
    public static ValidationProblem Validation(ValidationErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "The request has invalid fields.");

    /// <summary>
    /// A 404 for a missing record that a request named in one of its fields (a food entry's <c>customFoodId</c>), saying
    /// which field, so a client does not read it as "no such endpoint". Another person's record answers the same.
    /// </summary>
    public static ProblemHttpResult NotFound(ValidationErrors about) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: string.Join(" ", about.ToDictionary().SelectMany(e => e.Value)));

    /// <summary>
    /// Server failures: <see cref="ApiExceptionHandler"/> answers the API, the rest re-execute as the error page.
    /// Every failure is logged except a request the framework could not read (a client's mistake, answered with a 400)
    /// and a write for an account deleted meanwhile (answered as signed out).
    /// </summary>
    public static ExceptionHandlerOptions ExceptionHandling => new()
    {
        ExceptionHandlingPath = "/error",
        CreateScopeForErrors = true,
        SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException || MissingOwner.Caused(context.Exception),
    };

    /// <summary>
    /// The answer to a request from an account deleted meanwhile (on another device, or with a bearer token still in
    /// date), made to <paramref name="path"/>: signed out, as a 401 problem+json on the API, and sign-out then the
    /// "deleted" page for a browser. Not a 500: nothing is wrong with the server, and the account will not come back.
    /// </summary>
    public static async Task<bool> AnswerAccountGoneAsync(HttpContext context, PathString path)
    {
        if (!path.StartsWithSegments("/api"))
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.Response.Redirect("/account/deleted");
            return true;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Title = "This account no longer exists.", Detail = "It was deleted. Nothing was saved." },
        });
    }

    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<MissingOwnerExceptionHandler>();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Body binding failures throw so the handler below can name the field, instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }
}

/// <summary>
/// A failure on the API (or for any client that does not ask for HTML) is a 500 problem+json. A browser's page request
/// is left to the exception handler's re-execution, which renders the error page (Program.cs).
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (WantsPage(context.Request))
        {
            return false;
        }
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status500InternalServerError, Title = "Something went wrong on the server." },
        });
    }

    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api")
        && request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}

/// <summary>
/// Turns a request the framework could not bind into a 400 problem+json naming the field in the app's words, rather
/// than a 500 or the framework's own wording (which names C# types): malformed JSON, a string where a number belongs,
/// a missing or <c>null</c> body, a word where the query wants a number.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        var described = Describe(bad, context.Features.Get<IExceptionHandlerFeature>()?.Endpoint);
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(described.ToDictionary(d => d.Field, d => new[] { d.Message }))
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
            },
        });
    }

    /// <summary>The fields at fault, each with what is wrong with it in the app's words.</summary>
    internal static IReadOnlyList<(string Field, string Message)> Describe(BadHttpRequestException bad, Endpoint? endpoint)
    {
        if (bad.InnerException is JsonException json)
        {
            if (MissingRequiredProperties(json) is { Count: > 0 } missing)
            {
                return [.. missing.Select(name => (name, "This value is missing."))];
            }
            return !string.IsNullOrEmpty(json.Path) && json.Path != "$"
                ? [(JsonPathToField(json.Path), "This value has the wrong type or form.")]
                : [("body", "The request body is not valid JSON.")];
        }
        if (FailedParameter(bad, endpoint) is not { } parameter)
        {
            return [("request", bad.Message)];
        }
        // The body is the one parameter read as the endpoint's request type; its only failure left is having none.
        if (endpoint!.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType == parameter.ParameterType)
        {
            return [("body", "The request body is missing.")];
        }
        return [(parameter.Name!, bad.Message.StartsWith("Required parameter", StringComparison.Ordinal) ? "This value is missing." : ExpectedForm(parameter.ParameterType))];
    }

    /// <summary>
    /// The JSON names System.Text.Json lists when a request type's <c>required</c> members were left out (Identity's
    /// login and registration requests): "JSON deserialization for type 'X' was missing required properties
    /// including: 'email', 'password'." It sends no path, so without this a well-formed body read as "not valid JSON".
    /// </summary>
    private static List<string>? MissingRequiredProperties(JsonException json)
    {
        const string marker = "was missing required properties including:";
        var at = json.Message.IndexOf(marker, StringComparison.Ordinal);
        return at < 0
            ? null
            : [.. json.Message[(at + marker.Length)..].Split(',').Select(name => name.Trim().TrimEnd('.').Trim('\'')).Where(name => name.Length > 0)];
    }

    /// <summary>
    /// The handler parameter the framework failed to bind. Only its binding messages name one, first thing in quotes,
    /// after its type: 'Failed to bind parameter "int? limit" from "abc".', 'Required parameter "string q" was not
    /// provided from query string.', 'Implicit body inferred for parameter "request" but no body was provided. ...'.
    /// Anything else (a bad anti-forgery token names a parameter too) is not a field's fault; and the value sent, also
    /// quoted, is never read as a name.
    /// </summary>
    private static ParameterInfo? FailedParameter(BadHttpRequestException bad, Endpoint? endpoint)
    {
        var message = bad.Message;
        var prefix = BindingFailures.FirstOrDefault(prefix => message.StartsWith(prefix, StringComparison.Ordinal));
        var end = prefix is null ? -1 : message.IndexOf('"', prefix.Length);
        if (end < 0)
        {
            return null;
        }
        var typeAndName = message[prefix!.Length..end];
        var name = typeAndName[(typeAndName.LastIndexOf(' ') + 1)..];
        return endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.Name == name);
    }

    private static readonly string[] BindingFailures =
        ["Failed to bind parameter \"", "Required parameter \"", "Implicit body inferred for parameter \""];

    private static string ExpectedForm(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64
                => "Must be a whole number.",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "Must be a number.",
            TypeCode.Boolean => "Must be true or false.",
            _ => "This value has the wrong type or form.",
        };
    }

    private static string JsonPathToField(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}

/// <summary>
/// A write for an account deleted meanwhile (on another node, or between the check up front and the write, see
/// <see cref="ExistingAccounts"/>) is refused by the foreign key and answered as signed out: a 401 problem+json on the
/// API, and sign-out then the "deleted" page for a browser.
/// </summary>
internal sealed class MissingOwnerExceptionHandler(ExistingAccounts accounts) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!MissingOwner.Caused(exception))
        {
            return false;
        }
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            accounts.Forget(userId); // its reads on this process stop now, not in up to a minute
        }
        // The request's own path: the middleware has already pointed context.Request.Path at its error page.
        return await Problems.AnswerAccountGoneAsync(context, new PathString(context.Features.Get<IExceptionHandlerFeature>()?.Path ?? context.Request.Path));
    }
}

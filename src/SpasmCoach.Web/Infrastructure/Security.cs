using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SpasmCoach.Persistence;

namespace SpasmCoach.Web.Infrastructure;

public static class Security
{
    /// <summary>The rate-limit policy on sign-in, registration and every /api/auth endpoint.</summary>
    public const string AuthRateLimit = "auth";

    private const string PagesOrApiChallenge = "PagesOrApi";

    /// <summary>The shortest password an account takes; no other rule, since length is what makes a password strong.</summary>
    public const int PasswordLength = 10;

    /// <summary>
    /// Accounts: Identity with a cookie for pages and bearer tokens for the API (<c>MapIdentityApi</c>), lockout after
    /// repeated failures, Data Protection keys in the database so any node can read any cookie or token.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddIdentityApiEndpoints<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = PasswordLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<SpasmCoachDbContext>()
            .AddUserValidator<StorableAccountValidator>();
        services.Replace(ServiceDescriptor.Scoped<ILookupNormalizer, StorableLookupNormalizer>());

        // AddIdentityApiEndpoints challenges with the bearer scheme everywhere; a signed-out page visit needs the
        // cookie's redirect to the sign-in page instead, while /api keeps its 401.
        services.AddAuthentication(o => o.DefaultChallengeScheme = PagesOrApiChallenge)
            .AddPolicyScheme(PagesOrApiChallenge, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme);

        // Identity's API default challenges with a bearer 401, which left a signed-out page blank; challenge with the
        // cookie instead: pages redirect to sign-in and /api still answers 401 (DenyApi below).
        services.Configure<AuthenticationOptions>(o => o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.Cookie.Name = "spasmcoach";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromDays(30);
            o.SlidingExpiration = true;
            // An API call without credentials is a 401, not a redirect to a sign-in page.
            o.Events.OnRedirectToLogin = context => DenyApi(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => DenyApi(context, StatusCodes.Status403Forbidden);
        });

        // A cookie of an account deleted on another device stops working within a minute (Identity's default is 30).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddDataProtection()
            .SetApplicationName("SpasmCoach")
            .PersistKeysToDbContext<SpasmCoachDbContext>();

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "spasmcoach.af";
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// A per-client-address limit on sign-in and registration attempts (<c>RateLimits:AuthPerMinute</c>, default 10):
    /// the posts, not the views of the pages. Other endpoints have no limit, so bench/ measures the app rather than a
    /// limiter. Refused: 429, problem+json on the API, a page with the same words for a browser.
    /// </summary>
    public static IServiceCollection AddAuthRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:AuthPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, token) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                if (!http.Request.Path.StartsWithSegments("/api"))
                {
                    http.Response.ContentType = "text/html; charset=utf-8";
                    await http.Response.WriteAsync(TooManyAttemptsPage, token);
                    return;
                }
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = 429, Title = "Too many attempts.", Detail = "Wait a minute and try again." },
                });
            };
            o.AddPolicy(AuthRateLimit, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page views")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>
    /// Outside Development, a page opened over plain HTTP (no HTTPS port known to redirect to, no TLS proxy forwarding
    /// its scheme) gets a page that says HTTPS is needed and how to set it up. Without this, the first form on it, the
    /// sign-in, failed with a 500: its Secure antiforgery cookie cannot be set over HTTP. The API (bearer tokens, no
    /// cookies), the health checks and the static files keep working over HTTP.
    /// </summary>
    public static IApplicationBuilder UseHttpsForPages(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return app;
        }
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SpasmCoach.Web.Security");
        var warned = 0;
        return app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.Request.IsHttps || path.StartsWithSegments("/api") || path.StartsWithSegments("/healthz")
                || path.StartsWithSegments("/readyz") || Path.HasExtension(path.Value))
            {
                await next(context);
                return;
            }
            if (Interlocked.Exchange(ref warned, 1) == 0)
            {
                logger.LogWarning("A page was requested over plain HTTP outside Development; pages need HTTPS (README, 'For a clinic').");
            }
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(HttpsNeededPage, context.RequestAborted);
        });
    }

    private const string HttpsNeededPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>HTTPS needed · SpasmCoach</title>
        <link rel="stylesheet" href="/lib/pico/pico.min.css" /><link rel="stylesheet" href="/css/app.css" /></head>
        <body><main class="container">
        <h1>This SpasmCoach needs HTTPS</h1>
        <p role="alert">It runs in Production mode, where sign-in only works over HTTPS, and this page was opened over plain HTTP.
        Nothing was sent or saved.</p>
        <p>If you run this server: serve it over HTTPS, either behind a proxy that ends TLS (then also set
        <code>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</code>) or with a certificate of its own. On your own computer,
        for yourself only, you can instead start it with <code>--environment Development</code>.</p>
        </main></body>
        </html>
        """;

    // Written by the limiter itself, before any page could render: plain markup with the app's own style sheets.
    private const string TooManyAttemptsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Too many attempts · SpasmCoach</title>
        <link rel="stylesheet" href="/lib/pico/pico.min.css" /><link rel="stylesheet" href="/css/app.css" /></head>
        <body><main class="container">
        <h1>Too many attempts</h1>
        <p role="alert">Too many attempts to sign in, register or confirm a password from this address. Wait a minute and try again.</p>
        <p><a href="/account/login" class="action-link">Back to sign in</a></p>
        </main></body>
        </html>
        """;

    /// <summary>
    /// Security headers on every response: a Content-Security-Policy that allows only this host and no inline
    /// script, no framing, no MIME sniffing, no referrer to other hosts.
    /// </summary>
    /// <remarks>
    /// Set as the response starts, so they are on every response, including the error page, whose re-execution
    /// clears the headers set before the failure.
    /// </remarks>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state => AddSecurityHeaders((HttpContext)state), context);
        return next(context);
    });

    private static Task AddSecurityHeaders(HttpContext context)
    {
        var headers = context.Response.Headers;
        // The Scalar API browser ships inline bootstrapping; it shows no health data, so only it gets inline allowances.
        var inline = context.Request.Path.StartsWithSegments("/scalar") ? " 'unsafe-inline'" : "";
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self'{inline}; style-src 'self'{inline}; img-src 'self' data:; font-src 'self' data:; " +
            "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        return Task.CompletedTask;
    }

    private static Task DenyApi(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

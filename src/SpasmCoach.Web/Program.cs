using SpasmCoach.Persistence;
using SpasmCoach.Web.Components;
using SpasmCoach.Web.Features;
using SpasmCoach.Web.Features.Accounts;
using SpasmCoach.Web.Features.CheckIns;
using SpasmCoach.Web.Features.Demo;
using SpasmCoach.Web.Features.Episodes;
using SpasmCoach.Web.Features.Health;
using SpasmCoach.Web.Features.Hydration;
using SpasmCoach.Web.Features.Nutrition;
using SpasmCoach.Web.Features.Profiles;
using SpasmCoach.Web.Infrastructure;

// A published app started from another folder still finds its wwwroot and appsettings.json.
// The slim builder leaves out IIS and the hosting start-up hooks (about 3 MB less resident, docs/performance.md);
// HostDefaults puts back what the app uses of the full builder's defaults.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ContentRoot.ForPublishedApp(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
});
builder.AddHostDefaults();

// The diary database: SQLite by default, PostgreSQL by configuration (Database:Provider).
builder.Services.AddSpasmCoachPersistence(DatabaseSettings.From(builder.Configuration));

// Accounts, cookies, bearer tokens, lockout, Data Protection keys in the database.
builder.Services.AddAccounts(builder.Environment);
builder.Services.AddAuthRateLimits(builder.Configuration);

// Errors as problem+json; the API's OpenAPI document.
builder.Services.AddProblemResponses();
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());

// Pages: static server rendering, no interactive circuits.
builder.Services.AddRazorComponents();
builder.Services.AddCascadingAuthenticationState();

// The clock, whose diary it is, and the feature services.
builder.Services.AddClock();
builder.Services.AddHttpContextAccessor();
builder.Services.AddFeatures();

// Memory a burst of requests leaves behind goes back to the OS once the app is idle (it sits on laptops).
builder.Services.AddHostedService<IdleMemoryTrimmer>();

var app = builder.Build();

if (args.Contains(DemoSeeder.Command))
{
    Environment.ExitCode = await DemoSeeder.RunFromCommandLineAsync(app.Services, app.Configuration, Console.Out, Console.Error);
    return;
}

await app.Services.MigrateSpasmCoachDatabaseAsync();

app.UseSecurityHeaders();
// A failure is a 500 problem+json on the API and the error page for a browser, in a fresh scope (Problems.cs).
app.UseExceptionHandler(Problems.ExceptionHandling);
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
    app.UseHttpsForPages();
}
// Re-execution must sit in the main pipeline (inside a UseWhen branch it cannot re-route: pages got an empty 404),
// with a fresh scope, or a page that calls NavigationManager.NotFound() fails re-rendering /not-found.
// The API's own status pages run first (inner) and write problem+json, so re-execution then leaves them alone.
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseAuthentication();
// A token or cookie of an account deleted meanwhile is answered as signed out, reads included (ExistingAccounts.cs).
app.UseDeletedAccountRefusal();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();
// A page form with a token that no longer matches leads to "Not saved" and back to the form (ExpiredForms.cs).
app.UseExpiredFormPage();

app.MapStaticAssets();
app.MapApiDocs();

app.MapHealth();
app.MapAccounts();
app.MapProfiles();
app.MapEpisodes();
app.MapHydration();
app.MapCheckIns();
app.MapNutrition();
app.MapPageForms();
app.MapRazorComponents<App>();

app.Run();

/// <summary>Visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;

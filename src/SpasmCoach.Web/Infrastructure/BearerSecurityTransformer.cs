using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>Tells OpenAPI readers that /api endpoints take the bearer token from /api/auth/login.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "SpasmCoach API";
        document.Info.Description = "The cramp diary, drinks, daily check-in and food diary. Sign in with POST /api/auth/login and send the accessToken as a bearer token.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The accessToken from POST /api/auth/login.",
        };
        return Task.CompletedTask;
    }
}

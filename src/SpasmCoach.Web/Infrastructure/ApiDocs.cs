using Scalar.AspNetCore;

namespace SpasmCoach.Web.Infrastructure;

public static class ApiDocs
{
    /// <summary>
    /// The OpenAPI document at /openapi/v1.json and the Scalar browser at /scalar, with everything that would reach
    /// another host switched off: web fonts, telemetry, the AI agent and MCP, and the developer toolbar's links.
    /// </summary>
    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(o => o
            .WithTitle("SpasmCoach API")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools());
        return app;
    }
}

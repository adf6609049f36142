using SpasmCoach.Web.Features.Episodes;
using SpasmCoach.Web.Features.Hydration;

namespace SpasmCoach.Web.Features;

public static class PageFormEndpoints
{
    /// <summary>The one-tap form posts the pages use (start a cramp, quick-add a drink, delete, undo).</summary>
    public static IEndpointRouteBuilder MapPageForms(this IEndpointRouteBuilder app)
    {
        app.MapEpisodeFormPosts();
        app.MapDrinkFormPosts();
        return app;
    }
}

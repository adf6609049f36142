using SpasmCoach.Web.Features.Episodes;
using SpasmCoach.Web.Features.Hydration;
using SpasmCoach.Web.Features.Nutrition;

namespace SpasmCoach.Web.Features;

public static class PageFormEndpoints
{
    /// <summary>The one-tap form posts the pages use (start a cramp, quick-add a drink, delete, undo).</summary>
    public static IEndpointRouteBuilder MapPageForms(this IEndpointRouteBuilder app)
    {
        app.MapEpisodeFormPosts();
        app.MapDrinkFormPosts();
        app.MapFoodFormPosts();
        return app;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Profiles;

public static class ProfilesApi
{
    public static RouteGroupBuilder MapProfiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/profile").WithTags("Profile").RequireAuthorization();
        group.MapGet("/", GetProfileAsync).WithSummary("The signed-in person's profile");
        group.MapPut("/", PutProfileAsync).WithSummary("Replace the profile");
        return group;
    }

    private static async Task<Ok<ProfileResponse>> GetProfileAsync(ProfileService profiles, DiaryOwner owner, CancellationToken ct) =>
        TypedResults.Ok((await profiles.GetAsync(owner.Id, ct)).ToResponse());

    private static async Task<Results<Ok<ProfileResponse>, ValidationProblem>> PutProfileAsync(
        ProfileRequest request, ProfileService profiles, DiaryOwner owner, CancellationToken ct)
    {
        var (profile, errors) = await profiles.SaveAsync(owner.Id, request.ToInput(), ct);
        return profile is null ? Problems.Validation(errors) : TypedResults.Ok(profile.ToResponse());
    }
}

using System.Security.Claims;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// Whose diary this request reads and writes. The one place the owner comes from: today the signed-in user;
/// later a clinician with consent will be served through here without any query changing.
/// </summary>
public sealed class DiaryOwner(IHttpContextAccessor http)
{
    private string? _id;

    /// <summary>The owner's user id; throws when nobody is signed in (endpoints require authorization first).</summary>
    public string Id => _id ??= http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("No signed-in user: the endpoint must require authorization.");

    public bool IsSignedIn => http.HttpContext?.User.Identity?.IsAuthenticated == true;
}

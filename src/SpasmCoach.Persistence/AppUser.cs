using Microsoft.AspNetCore.Identity;

namespace SpasmCoach.Persistence;

/// <summary>An account. Everything about the person's health lives in their own tables, keyed by this id.</summary>
public sealed class AppUser : IdentityUser
{
}

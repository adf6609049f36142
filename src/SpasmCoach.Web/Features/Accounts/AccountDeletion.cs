using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SpasmCoach.Persistence;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Features.Accounts;

/// <summary>What an account holds, said before it is deleted.</summary>
public sealed record DiaryCounts(int Cramps, int Drinks, int CheckIns, int FoodsLogged, int OwnFoods)
{
    /// <summary>"3 cramps, 1 drink, no check-ins, 12 foods logged and no own foods or supplements".</summary>
    public string Describe() =>
        $"{Count(Cramps, "cramp", "cramps")}, {Count(Drinks, "drink", "drinks")}, {Count(CheckIns, "check-in", "check-ins")}, "
        + $"{Count(FoodsLogged, "food logged", "foods logged")} and {Count(OwnFoods, "own food or supplement", "own foods or supplements")}";

    private static string Count(int n, string one, string many) => n switch
    {
        0 => $"no {many}",
        1 => $"1 {one}",
        _ => $"{n:N0} {many}",
    };
}

/// <summary>
/// Deletes an account and everything in it. The database does the diary's part: every diary table's rows belong to the
/// account by a foreign key with ON DELETE CASCADE, so one delete of the account removes them in the same statement.
/// </summary>
public sealed class AccountDeletion(IDbContextFactory<SpasmCoachDbContext> contexts, UserManager<AppUser> users, ExistingAccounts accounts)
{
    public async Task<DiaryCounts> CountAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new DiaryCounts(
            await db.Episodes.CountAsync(e => e.UserId == ownerId, cancellationToken),
            await db.Drinks.CountAsync(d => d.UserId == ownerId, cancellationToken),
            await db.CheckIns.CountAsync(c => c.UserId == ownerId, cancellationToken),
            await db.FoodEntries.CountAsync(f => f.UserId == ownerId, cancellationToken),
            await db.CustomFoods.CountAsync(f => f.UserId == ownerId, cancellationToken));
    }

    /// <summary>
    /// False when the account was already gone (deleted from another device a moment ago). Either way its bearer
    /// tokens are refused from now on, reads as well as writes (<see cref="ExistingAccounts"/>).
    /// </summary>
    public async Task<bool> DeleteAsync(AppUser user)
    {
        var deleted = (await users.DeleteAsync(user)).Succeeded;
        accounts.Forget(user.Id);
        return deleted;
    }
}

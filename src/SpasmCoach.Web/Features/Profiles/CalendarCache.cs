using Microsoft.Extensions.Caching.Memory;
using SpasmCoach.Core.Time;

namespace SpasmCoach.Web.Features.Profiles;

/// <summary>
/// A short-lived per-node copy of each person's diary calendar (time zone and day start), so logging a cramp or
/// asking for "today" does not read the profile every time.
/// </summary>
/// <remarks>
/// <para>
/// Correctness: <see cref="ProfileService.SaveAsync"/> invalidates the entry on this node once the new profile is
/// committed, and a calendar loaded while a save was under way is never kept (the generation check below), so on a
/// single node (every SQLite deployment) a saved profile takes effect on the next request.
/// </para>
/// <para>
/// Trade-off: web nodes keep no per-user state that cannot be lost, but with several nodes on one PostgreSQL a save on
/// one node is not seen by the others' caches until their entry expires (<c>Caching:CalendarSeconds</c>, default
/// 10 s). Within that window another node places new entries with the previous zone or day start. Set it to 0 to
/// read the profile on every request.
/// </para>
/// </remarks>
public sealed class CalendarCache : IDisposable
{
    private const int DefaultSeconds = 10;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly TimeSpan _lifetime;
    private long _generation;

    public CalendarCache(IConfiguration configuration)
    {
        _lifetime = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Caching:CalendarSeconds", DefaultSeconds)));
    }

    /// <summary>Changes whenever any profile is saved; take it before loading a calendar and pass it to <see cref="Set"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string ownerId, out DiaryCalendar calendar) => _entries.TryGetValue(ownerId, out calendar!);

    /// <summary>Keeps a calendar loaded since <paramref name="generation"/>, unless a profile was saved meanwhile.</summary>
    public void Set(string ownerId, DiaryCalendar calendar, long generation)
    {
        if (_lifetime <= TimeSpan.Zero || Generation != generation)
        {
            return;
        }
        _entries.Set(ownerId, calendar, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _lifetime });
        // A save that slipped in between the check and the set must not leave the old calendar behind.
        if (Generation != generation)
        {
            _entries.Remove(ownerId);
        }
    }

    /// <summary>Forgets the owner's calendar on this node; call it once a profile change is committed.</summary>
    public void Invalidate(string ownerId)
    {
        Interlocked.Increment(ref _generation);
        _entries.Remove(ownerId);
    }

    public void Dispose() => _entries.Dispose();
}

namespace SpasmCoach.Persistence;

/// <summary>Memory held only to make the next request faster, which can be let go while the app is idle.</summary>
public interface IIdleMemory
{
    /// <summary>Closes what is idle; anything in use stays and is rebuilt on demand later.</summary>
    void Release();
}

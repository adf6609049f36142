using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SpasmCoach.Core.CheckIns;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Profiles;
using SpasmCoach.Core.Targets;
using SpasmCoach.Core.Time;
using SpasmCoach.Persistence;

namespace SpasmCoach.Web.Features.Demo;

/// <summary>
/// <c>dotnet run --project src/SpasmCoach.Web -- seed-demo</c>: a demo account with 90 days of plausible diary data,
/// so a newcomer sees a lived-in app. Cramps are more likely after days with few drinks, long sitting and hard
/// exercise, so later analyses have something to find.
/// </summary>
public static class DemoSeeder
{
    public const string Command = "seed-demo";
    public const int Days = 90;
    public const int MaxDays = 3650;

    /// <summary>
    /// <c>seed-demo [--days N] [--seed N]</c>: N days (default 90, at most 10 years) and, for a diary that is the same
    /// every time (bench/ uses it), a seed for the random choices. Checks the options before touching the database;
    /// returns the process exit code.
    /// </summary>
    public static async Task<int> RunFromCommandLineAsync(IServiceProvider services, IConfiguration options, TextWriter output, TextWriter error)
    {
        if (!TryReadNumber(options, "days", out var days) || days is < 1 or > MaxDays)
        {
            error.WriteLine($"seed-demo: --days must be a whole number from 1 to {MaxDays}.");
            return 2;
        }
        if (!TryReadNumber(options, "seed", out var seed))
        {
            error.WriteLine("seed-demo: --seed must be a whole number.");
            return 2;
        }
        await services.MigrateSpasmCoachDatabaseAsync();
        await RunAsync(services, output, days ?? Days, seed);
        return 0;
    }

    /// <summary>An absent option is null; present, it must be a whole number.</summary>
    private static bool TryReadNumber(IConfiguration options, string key, out int? value)
    {
        value = null;
        if (options[key] is not { } text)
        {
            return true;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        value = number;
        return true;
    }

    public static async Task<(string Email, string Password)> RunAsync(IServiceProvider services, TextWriter output, int days = Days, int? seed = null)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<SpasmCoachDbContext>>();
        var clock = scope.ServiceProvider.GetRequiredService<IClock>();

        var email = $"demo-{RandomNumberGenerator.GetHexString(6, lowercase: true)}@spasmcoach.example";
        var password = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
        var user = new AppUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var profile = new Profile
        {
            UserId = user.Id,
            TimeZoneId = "Europe/London",
            BirthDate = new LocalDate(1961, 5, 14),
            Sex = Sex.Female,
            WeightKg = 71,
        };
        var calendar = profile.Calendar();
        var random = seed is { } s ? new Random(s) : new Random();
        var now = clock.GetCurrentInstant();
        var today = calendar.Today(now);

        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Profiles.Add(profile);
        for (var i = days - 1; i >= 0; i--)
        {
            AddDay(db, user.Id, calendar, today.PlusDays(-i), random, now);
            await db.SaveChangesAsync();
            WriteProgress(output, days - i, days);
        }
        await transaction.CommitAsync();
        output.WriteLine();
        output.WriteLine($"Demo account created with {days} days of diary data.");
        output.WriteLine($"  e-mail:   {email}");
        output.WriteLine($"  password: {password}");
        return (email, password);
    }

    private static void AddDay(SpasmCoachDbContext db, string userId, DiaryCalendar calendar, LocalDate day, Random random, Instant now)
    {
        var sitting = Math.Round(4 + random.NextDouble() * 7, 1);
        var exercise = random.NextDouble() < 0.5 ? random.Next(15, 90) : 0;
        var intensity = exercise == 0 ? ExerciseIntensity.None : (ExerciseIntensity)random.Next(1, 4);
        var drinkCount = random.Next(3, 10);
        var drinksMl = 0.0;
        var caffeinated = 0;
        for (var d = 0; d < drinkCount; d++)
        {
            var at = day.At(new LocalTime(7, 0)).PlusMinutes(random.Next(0, 15 * 60));
            var volume = new[] { 250.0, 300, 500, 200 }[random.Next(4)];
            drinksMl += volume;
            var placed = calendar.Place(at);
            if (placed.Instant > now)
            {
                continue;
            }
            var beverage = (Beverage)random.Next(0, 5);
            caffeinated += beverage is Beverage.Tea or Beverage.Coffee ? 1 : 0;
            db.Drinks.Add(new Drink
            {
                Id = Guid.CreateVersion7(), UserId = userId, AtLocal = at, At = placed.Instant, DiaryDay = placed.DiaryDay,
                VolumeMl = volume, Beverage = beverage, CreatedAt = placed.Instant,
            });
        }

        // A cramp rate that rises with low fluids, long sitting and vigorous exercise.
        var rate = 0.35 + (drinksMl < 1500 ? 0.5 : 0) + (sitting > 9 ? 0.3 : 0) + (intensity == ExerciseIntensity.Vigorous ? 0.4 : 0);
        var cramps = Poisson(rate, random);
        for (var c = 0; c < cramps; c++)
        {
            var night = random.NextDouble() < 0.75;
            var at = night ? day.PlusDays(1).At(new LocalTime(0, 30)).PlusMinutes(random.Next(0, 180)) : day.At(new LocalTime(10, 0)).PlusMinutes(random.Next(0, 600));
            var placed = calendar.Place(at);
            if (placed.Instant > now)
            {
                continue;
            }
            var tried = random.NextDouble() < 0.8 ? new List<ReliefMethod> { ReliefMethod.Stretch } : [ReliefMethod.Massage];
            if (random.NextDouble() < 0.3)
            {
                tried.Add(random.NextDouble() < 0.5 ? ReliefMethod.Heat : ReliefMethod.Walking);
            }
            var duration = random.Next(20, 420);
            db.Episodes.Add(new Episode
            {
                Id = Guid.CreateVersion7(), UserId = userId, StartedAtLocal = at, StartedAt = placed.Instant, DiaryDay = placed.DiaryDay,
                DurationSeconds = duration, Muscle = random.NextDouble() < 0.7 ? Muscle.Calf : Muscle.Hamstrings,
                Side = (Side)random.Next(0, 3), Severity = random.Next(3, 10), Activity = night ? Activity.AsleepOrLying : Activity.Sitting,
                ReliefTried = tried, HelpedBy = tried[0], TimeToReliefSeconds = Math.Min(random.Next(20, 300), duration), SorenessAfter = random.Next(0, 6),
                CreatedAt = placed.Instant, UpdatedAt = placed.Instant,
            });
        }

        if (random.NextDouble() < 0.85)
        {
            // Its caffeinated drinks are the teas and coffees logged above, so the check-in agrees with the drinks.
            db.CheckIns.Add(new CheckIn
            {
                UserId = userId, Date = day, SittingHours = sitting, LongestSittingMinutes = random.Next(30, 150),
                ExerciseMinutes = exercise, ExerciseIntensity = intensity, AlcoholUnits = random.NextDouble() < 0.3 ? random.Next(1, 5) : 0,
                CaffeinatedDrinks = caffeinated, SleepHours = Math.Round(5 + random.NextDouble() * 3.5, 1),
                KneePain = random.Next(0, 5), KneeSwelling = random.NextDouble() < 0.1, UpdatedAt = now,
            });
        }
    }

    private static int Poisson(double rate, Random random)
    {
        // Knuth's method; rates here are small.
        var limit = Math.Exp(-rate);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }
        return k;
    }

    private static void WriteProgress(TextWriter output, int done, int total)
    {
        const int width = 30;
        var filled = done * width / total;
        output.Write($"\rSeeding demo diary [{new string('#', filled)}{new string('.', width - filled)}] {done * 100 / total,3}%");
    }
}

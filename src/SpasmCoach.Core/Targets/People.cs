using NodaTime;

namespace SpasmCoach.Core.Targets;

/// <summary>Sex as the intake tables use it (they differ by sex from 9 years on).</summary>
public enum Sex
{
    Female,
    Male,
}

/// <summary>The life stages with their own intake targets.</summary>
public enum LifeStage
{
    None,
    Pregnant,
    Lactating,
}

public static class LifeStages
{
    /// <summary>
    /// The youngest age the intake tables give pregnancy and lactation rows for: each table's first such row is
    /// 14–18 y (clinical-facts.md §1). Below it the tables would silently use the child's own row.
    /// </summary>
    public const int FromYears = 14;

    /// <summary>
    /// The oldest age those rows cover: each table's last pregnancy and lactation row is 31–50 y (clinical-facts.md §1).
    /// Above it the tables would silently use the woman's own age row.
    /// </summary>
    public const int ToYears = 50;
}

/// <summary>Age as the intake tables count it.</summary>
public static class Age
{
    /// <summary>Completed years of age on <paramref name="day"/> for someone born on <paramref name="birthDate"/>.</summary>
    public static int YearsOn(LocalDate birthDate, LocalDate day) =>
        day < birthDate ? 0 : Period.Between(birthDate, day, PeriodUnits.Years).Years;

    /// <summary>Completed months of age on <paramref name="day"/>.</summary>
    public static int MonthsOn(LocalDate birthDate, LocalDate day) =>
        day < birthDate ? 0 : (int)Period.Between(birthDate, day, PeriodUnits.Months).Months;
}

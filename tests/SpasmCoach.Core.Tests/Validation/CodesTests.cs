using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Hydration;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Core.Tests.Validation;

public sealed class CodesTests
{
    [Theory]
    [InlineData(Beverage.SoftDrink, "soft-drink")]
    [InlineData(Beverage.Water, "water")]
    public void Of_IsLowerKebabCase(Beverage beverage, string code)
    {
        Assert.Equal(code, Codes.Of(beverage));
        Assert.True(Codes.TryParse<Beverage>(code, out var parsed));
        Assert.Equal(beverage, parsed);
    }

    [Fact]
    public void TryParse_IsCaseInsensitiveButRejectsNumbersAndNames()
    {
        Assert.True(Codes.TryParse<Activity>("ASLEEP-OR-LYING", out var activity));
        Assert.Equal(Activity.AsleepOrLying, activity);
        Assert.False(Codes.TryParse<Activity>("1", out _));
        Assert.False(Codes.TryParse<Activity>("AsleepOrLying", out _));
    }
}

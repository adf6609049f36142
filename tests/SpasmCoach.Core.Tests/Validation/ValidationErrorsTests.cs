using SpasmCoach.Core.Validation;

namespace SpasmCoach.Core.Tests.Validation;

public sealed class ValidationErrorsTests
{
    [Fact]
    public void AddMissingFrom_FieldInBoth_KeepsOwnMessagesAndAddsTheOthersFields()
    {
        var errors = new ValidationErrors().Add("weightKg", "Enter a number.");
        var rules = new ValidationErrors().Add("weightKg", "Must be from 2 to 650 kg.").Add("sleepHours", "Must be from 0 to 24 hours.");

        errors.AddMissingFrom(rules);

        Assert.Equal(["Enter a number."], errors.MessagesFor("weightKg"));
        Assert.Equal(["Must be from 0 to 24 hours."], errors.MessagesFor("sleepHours"));
        Assert.Equal(["sleepHours", "weightKg"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_LeavesTheOtherFieldsAndTheOriginalAsTheyWere()
    {
        var errors = new ValidationErrors().Add("checkIn", "Fill in at least one answer.").Add("date", "Must not be before 2000-01-01.");

        var rest = errors.Without("checkIn");

        Assert.Equal(["date"], rest.ToDictionary().Keys);
        Assert.True(errors.Has("checkIn"));
    }
}

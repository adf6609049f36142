using SpasmCoach.Core.Units;
using SpasmCoach.Core.Validation;
using SpasmCoach.Web.Features.Profiles;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>A number sent back as the form showed it keeps its stored value; a changed one is read and converted.</summary>
public sealed class FormNumbersTests
{
    [Theory]
    [InlineData("151", 68.5)]      // as shown (68.5 kg is 151.0 lb)
    [InlineData("151.0", 68.5)]    // the same number written another way
    [InlineData(" 151,0 ", 68.5)]
    [InlineData("151.1", 68.538)]  // changed, even by less than the rounding: read and converted
    [InlineData("150", 68.039)]
    public void ParseKeeping_PoundsForAStoredWeight_KeepsItOnlyWhenTheNumberIsTheShownOne(string text, double expectedKg)
    {
        var errors = new ValidationErrors();

        var kg = FormNumbers.ParseKeeping(text, "weightKg", errors, 68.5,
            stored => Mass.ToDisplay(stored, DisplayUnits.Us), shown => Mass.FromDisplay(shown, DisplayUnits.Us));

        Assert.True(errors.IsEmpty);
        Assert.Equal(expectedKg, kg!.Value, precision: 3);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ParseKeeping_Empty_IsNullWithoutAnError(string? text)
    {
        var errors = new ValidationErrors();

        Assert.Null(FormNumbers.ParseKeeping(text, "sleepHours", errors, 7.25));
        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void ParseKeeping_NotANumber_ReportsTheField()
    {
        var errors = new ValidationErrors();

        Assert.Null(FormNumbers.ParseKeeping("seven", "sleepHours", errors, 7.25));
        Assert.True(errors.Has("sleepHours"));
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("2.0", 2)]
    [InlineData(" 3,0 ", 3)]
    [InlineData("-1", -1)] // the rules say what is out of range
    public void ParseInt_WholeNumber_ReadsIt(string text, int expected)
    {
        var errors = new ValidationErrors();

        Assert.Equal(expected, FormNumbers.ParseInt(text, "caffeinatedDrinks", errors));
        Assert.True(errors.IsEmpty);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("0,1")]
    [InlineData("99999999999")]
    public void ParseInt_NotAWholeNumber_ReportsTheFieldInsteadOfRounding(string text)
    {
        var errors = new ValidationErrors();

        Assert.Null(FormNumbers.ParseInt(text, "caffeinatedDrinks", errors));
        Assert.Equal(["Must be a whole number."], errors.MessagesFor("caffeinatedDrinks"));
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("0x10")]
    [InlineData("Infinity")]
    public void Parse_NotAPlainDecimal_IsNotANumber(string text)
    {
        var errors = new ValidationErrors();

        Assert.Null(FormNumbers.Parse(text, "volumeMl", errors));
        Assert.Equal(["Must be a number."], errors.MessagesFor("volumeMl"));
    }

    [Theory]
    [InlineData("2,500", "Write it without a thousands comma (2500), or with a decimal point (2.500).")]
    [InlineData(" 1,000.5 ", "Write it without a thousands comma: 1000.5.")]
    [InlineData("1,000,000", "Write it without a thousands comma: 1000000.")]
    [InlineData("0,125", "Write it without a thousands comma (0125), or with a decimal point (0.125).")]
    public void Parse_ThousandsCommaShape_IsRefusedNotReadAsADecimalComma(string text, string message)
    {
        var errors = new ValidationErrors();

        // "2,500" ml once came back as 2.5 ml: inside the allowed range, so nothing else caught it.
        Assert.Null(FormNumbers.Parse(text, "volumeMl", errors));
        Assert.Equal([message], errors.MessagesFor("volumeMl"));
    }

    [Fact]
    public void Parse_ThousandsCommaInANamedBox_NamesTheBox()
    {
        var errors = new ValidationErrors();

        Assert.Null(FormNumbers.Parse("1,000", "durationSeconds", errors, "Minutes"));
        Assert.Equal(["Minutes: write it without a thousands comma (1000), or with a decimal point (1.000)."],
            errors.MessagesFor("durationSeconds"));
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("0,25", 0.25)]
    [InlineData("2,5000", 2.5)] // four digits after the comma: no thousands separator looks like that
    [InlineData("2500", 2500)]
    public void Parse_DecimalComma_IsStillADecimalPoint(string text, double expected)
    {
        var errors = new ValidationErrors();

        Assert.Equal(expected, FormNumbers.Parse(text, "volumeMl", errors));
        Assert.True(errors.IsEmpty);
    }
}

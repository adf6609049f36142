using System.Globalization;

namespace SpasmCoach.Core.Units;

/// <summary>The units a person reads and types in. Everything is stored metric.</summary>
public enum DisplayUnits
{
    Metric,
    Us,
}

/// <summary>Volume conversions. US customary units, exact by definition.</summary>
public static class Volume
{
    /// <summary>One US fluid ounce in millilitres (exact: 1/128 US gallon of 231 cubic inches).</summary>
    public const double MlPerUsFluidOunce = 29.5735295625;

    /// <summary>One US cup (8 US fluid ounces) in millilitres.</summary>
    public const double MlPerUsCup = 8 * MlPerUsFluidOunce;

    public static double ToFluidOunces(double ml) => ml / MlPerUsFluidOunce;

    public static double FromFluidOunces(double flOz) => flOz * MlPerUsFluidOunce;

    /// <summary>The amount in the unit a person types: ml, or US fl oz.</summary>
    public static double ToDisplay(double ml, DisplayUnits units) => units == DisplayUnits.Us ? ToFluidOunces(ml) : ml;

    public static double FromDisplay(double amount, DisplayUnits units) => units == DisplayUnits.Us ? FromFluidOunces(amount) : amount;

    public static string UnitName(DisplayUnits units) => units == DisplayUnits.Us ? "fl oz" : "ml";

    /// <summary>"750 ml" or "25.4 fl oz (3.2 cups)"; litres from 1,000 ml up.</summary>
    public static string Format(double ml, DisplayUnits units)
    {
        if (units == DisplayUnits.Us)
        {
            var cups = ml / MlPerUsCup;
            var flOz = ToFluidOunces(ml).ToString("0.#", CultureInfo.InvariantCulture) + " fl oz";
            var cupsText = cups.ToString("0.#", CultureInfo.InvariantCulture);
            return cups >= 1 ? $"{flOz} ({cupsText} {(cupsText == "1" ? "cup" : "cups")})" : flOz;
        }
        return ml >= 1000
            ? (ml / 1000).ToString("0.0#", CultureInfo.InvariantCulture) + " L"
            : ml.ToString("0", CultureInfo.InvariantCulture) + " ml";
    }
}

/// <summary>Body-weight conversions.</summary>
public static class Mass
{
    /// <summary>One avoirdupois pound in kilograms (exact, international yard and pound agreement 1959).</summary>
    public const double KgPerPound = 0.45359237;

    /// <summary>One avoirdupois ounce in grams (exact: 1/16 pound).</summary>
    public const double GramsPerOunce = KgPerPound * 1000 / 16;

    /// <summary>A food weight as a person types it: grams, or ounces in US units.</summary>
    public static double FoodGramsFromDisplay(double amount, DisplayUnits units) => units == DisplayUnits.Us ? amount * GramsPerOunce : amount;

    /// <summary>A weighed food as the person reads it: "118 g", or "4.2 oz (118 g)" in US units.</summary>
    public static string FormatFoodGrams(double grams, DisplayUnits units) => units == DisplayUnits.Us
        ? $"{(grams / GramsPerOunce).ToString("0.#", CultureInfo.InvariantCulture)} oz ({grams.ToString("0", CultureInfo.InvariantCulture)} g)"
        : $"{grams.ToString("0.#", CultureInfo.InvariantCulture)} g";

    public static string FoodWeightUnit(DisplayUnits units) => units == DisplayUnits.Us ? "oz" : "g";

    public static double ToDisplay(double kg, DisplayUnits units) => units == DisplayUnits.Us ? kg / KgPerPound : kg;

    public static double FromDisplay(double amount, DisplayUnits units) => units == DisplayUnits.Us ? amount * KgPerPound : amount;

    public static string UnitName(DisplayUnits units) => units == DisplayUnits.Us ? "lb" : "kg";

    public static string Format(double kg, DisplayUnits units) =>
        ToDisplay(kg, units).ToString("0.#", CultureInfo.InvariantCulture) + " " + UnitName(units);
}

/// <summary>
/// Alcohol amounts. Stored and sent by the API as UK units; a person with US units counts US standard drinks.
/// Sources (docs/clinical-facts.md §6): NHS, "Alcohol units": one unit is 10 ml (8 g) of pure alcohol; NIAAA,
/// "What is a standard drink?": a US standard drink holds 14 g of pure alcohol.
/// </summary>
public static class Alcohol
{
    /// <summary>Grams of pure alcohol in one UK unit (10 ml at 0.789 g/ml, which the NHS rounds to 8 g).</summary>
    public const double GramsPerUkUnit = 10 * EthanolGramsPerMl;

    /// <summary>Grams of pure alcohol in one US standard drink (NIAAA).</summary>
    public const double GramsPerUsStandardDrink = 14;

    /// <summary>The density of ethanol at 20 °C.</summary>
    private const double EthanolGramsPerMl = 0.789;

    /// <summary>UK units in one US standard drink: about 1.77.</summary>
    public const double UkUnitsPerUsStandardDrink = GramsPerUsStandardDrink / GramsPerUkUnit;

    /// <summary>The amount in what a person counts: UK units, or US standard drinks.</summary>
    public static double ToDisplay(double ukUnits, DisplayUnits units) => units == DisplayUnits.Us ? ukUnits / UkUnitsPerUsStandardDrink : ukUnits;

    public static double FromDisplay(double amount, DisplayUnits units) => units == DisplayUnits.Us ? amount * UkUnitsPerUsStandardDrink : amount;

    /// <summary>"UK units" or "standard drinks", after a number.</summary>
    public static string UnitName(DisplayUnits units) => units == DisplayUnits.Us ? "standard drinks" : "UK units";

    /// <summary>"1 UK unit", "2.5 UK units", "1 standard drink", "0.5 standard drinks".</summary>
    public static string Format(double ukUnits, DisplayUnits units)
    {
        var number = ToDisplay(ukUnits, units).ToString("0.#", CultureInfo.InvariantCulture);
        var name = UnitName(units);
        return number == "1" ? $"1 {name[..^1]}" : $"{number} {name}";
    }
}

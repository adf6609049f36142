using System.Globalization;
using NodaTime;
using SpasmCoach.Core.Episodes;
using SpasmCoach.Core.Time;
using SpasmCoach.Core.Validation;

namespace SpasmCoach.Core.Nutrition;

/// <summary>A food entry as a client sends it: a USDA food by portion or grams, or a custom food by servings.</summary>
public sealed record FoodEntryInput(string? AtLocal, string? NdbNo, int? PortionSeq, double? Quantity, double? Grams, Guid? CustomFoodId = null);

/// <summary>A custom food or supplement as a client sends it; nutrients per serving.</summary>
public sealed record CustomFoodInput(
    string? Name,
    string? Kind,
    string? ServingDescription,
    double? EnergyKcal,
    double? WaterG,
    double? CalciumMg,
    double? MagnesiumMg,
    double? PotassiumMg,
    double? SodiumMg);

public enum CustomFoodKind
{
    Food,
    Supplement,
}

/// <summary>The limits of food entries and custom foods, and how an entry's nutrients are worked out.</summary>
public static class FoodEntryRules
{
    public const double MaxQuantity = 50;
    public const double MaxGrams = 5000;
    public const int MaxNameLength = 200;
    public const int MaxServingLength = 100;

    /// <summary>A ceiling on any per-serving figure, to catch a typing slip (mg where µg was meant).</summary>
    public const double MaxNutrientPerServing = 100_000;

    /// <summary>
    /// Checks an entry for <paramref name="food"/> and, when valid, writes it onto <paramref name="entry"/>: nutrients =
    /// value per 100 g × grams ÷ 100, grams = the portion's gram weight × quantity, or the grams given.
    /// </summary>
    public static ValidationErrors ApplyUsda(FoodEntryInput input, Food food, FoodEntry entry, DiaryCalendar calendar, Instant now)
    {
        var errors = new ValidationErrors();
        var placed = EpisodeRules.PlaceStart(input.AtLocal, "atLocal", calendar, now, errors);
        double grams = 0;
        string label = "";
        Portion? portion = null;
        if (input.Grams is not null && (input.PortionSeq is not null || input.Quantity is not null))
        {
            errors.Add("grams", "Give either grams, or a portion and a quantity, not both.");
        }
        else if (input.Grams is { } g)
        {
            if (double.IsNaN(g) || g <= 0 || g > MaxGrams)
            {
                errors.Add("grams", LimitMessages.AboveZeroUpTo(MaxGrams, "g"));
            }
            grams = g;
            label = $"{Format(g)} g";
        }
        else
        {
            if (input.PortionSeq is not { } seq || (portion = food.PortionOf(seq)) is null)
            {
                errors.Add("portionSeq", food.Portions.Count == 0
                    ? "This food has no household portions; give grams instead."
                    : $"Must be one of this food's portions: {string.Join(", ", food.Portions.Select(p => p.Seq))}.");
            }
            if (!ValidQuantity(input.Quantity))
            {
                errors.Add("quantity", $"Must be more than 0 and at most {MaxQuantity:0}.");
            }
            if (portion is not null && input.Quantity is { } q)
            {
                grams = portion.GramWeight * q;
                label = q == 1 ? portion.Label : $"{Format(q)} × {portion.Label}";
            }
        }
        if (!errors.IsEmpty || placed is null)
        {
            return errors;
        }
        Place(entry, placed);
        entry.NdbNo = food.NdbNo;
        entry.CustomFoodId = null;
        entry.Description = food.Description;
        entry.PortionSeq = portion?.Seq;
        entry.Quantity = portion is null ? null : input.Quantity;
        entry.Grams = grams;
        entry.AmountLabel = label;
        entry.IsSupplement = false;
        entry.Nutrients = food.In(grams);
        return errors;
    }

    /// <summary>Checks an entry of a custom food or supplement: <c>quantity</c> servings.</summary>
    public static ValidationErrors ApplyCustom(FoodEntryInput input, CustomFood food, FoodEntry entry, DiaryCalendar calendar, Instant now)
    {
        var errors = new ValidationErrors();
        var placed = EpisodeRules.PlaceStart(input.AtLocal, "atLocal", calendar, now, errors);
        if (!ValidQuantity(input.Quantity))
        {
            errors.Add("quantity", $"Must be more than 0 and at most {MaxQuantity:0} servings.");
        }
        if (input.Grams is not null || input.PortionSeq is not null)
        {
            errors.Add("quantity", "A custom food is logged in servings: give quantity only.");
        }
        if (!errors.IsEmpty || placed is null)
        {
            return errors;
        }
        var servings = input.Quantity!.Value;
        Place(entry, placed);
        entry.NdbNo = null;
        entry.CustomFoodId = food.Id;
        entry.Description = food.Name;
        entry.PortionSeq = null;
        entry.Quantity = servings;
        entry.Grams = null;
        entry.AmountLabel = servings == 1 ? food.ServingDescription : $"{Format(servings)} × {food.ServingDescription}";
        entry.IsSupplement = food.IsSupplement;
        entry.Nutrients = food.PerServing.Scale(servings);
        return errors;
    }

    /// <summary>Checks a custom food; negative nutrients and empty names are refused.</summary>
    public static ValidationErrors ApplyCustomFood(CustomFoodInput input, CustomFood food)
    {
        var errors = new ValidationErrors();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            errors.Add("name", $"Must be 1 to {MaxNameLength} characters.");
        }
        var serving = string.IsNullOrWhiteSpace(input.ServingDescription) ? "1 serving" : input.ServingDescription.Trim();
        if (serving.Length > MaxServingLength)
        {
            errors.Add("servingDescription", $"Must be at most {MaxServingLength} characters.");
        }
        var kind = CustomFoodKind.Food;
        if (!string.IsNullOrWhiteSpace(input.Kind) && !Codes.TryParse(input.Kind, out kind))
        {
            errors.Add("kind", "Must be " + Codes.Expected<CustomFoodKind>() + ".");
        }
        CheckNutrient(errors, "energyKcal", input.EnergyKcal, MaxNutrientPerServing, "kcal");
        CheckNutrient(errors, "waterG", input.WaterG, MaxGrams, "g");
        CheckNutrient(errors, "calciumMg", input.CalciumMg, MaxNutrientPerServing, "mg");
        CheckNutrient(errors, "magnesiumMg", input.MagnesiumMg, MaxNutrientPerServing, "mg");
        CheckNutrient(errors, "potassiumMg", input.PotassiumMg, MaxNutrientPerServing, "mg");
        CheckNutrient(errors, "sodiumMg", input.SodiumMg, MaxNutrientPerServing, "mg");
        if (!errors.IsEmpty)
        {
            return errors;
        }
        food.Name = name;
        food.IsSupplement = kind == CustomFoodKind.Supplement;
        food.ServingDescription = serving;
        food.EnergyKcal = input.EnergyKcal;
        food.WaterG = input.WaterG;
        food.CalciumMg = input.CalciumMg;
        food.MagnesiumMg = input.MagnesiumMg;
        food.PotassiumMg = input.PotassiumMg;
        food.SodiumMg = input.SodiumMg;
        return errors;
    }

    /// <remarks>Water is capped at what a serving can weigh (<see cref="MaxGrams"/>): 99,999 g per tablet once
    /// added 100 L to a day's water.</remarks>
    private static void CheckNutrient(ValidationErrors errors, string field, double? value, double max, string unit)
    {
        if (value is { } v && (double.IsNaN(v) || v < 0 || v > max))
        {
            errors.Add(field, LimitMessages.PerServing(max, unit));
        }
    }

    private static bool ValidQuantity(double? quantity) => quantity is { } q && !double.IsNaN(q) && q > 0 && q <= MaxQuantity;

    private static void Place(FoodEntry entry, PlacedTime placed)
    {
        entry.AtLocal = placed.AsEntered;
        entry.At = placed.Instant;
        entry.DiaryDay = placed.DiaryDay;
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

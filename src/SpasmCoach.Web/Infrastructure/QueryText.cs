using System.Globalization;

namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// Reads a page's query values from their text. A typed [SupplyParameterFromQuery] (bool, int, Guid) throws on a value
/// that does not parse ("?saved=abc", a link mangled by a messenger), which made a 500; here it reads as absent.
/// </summary>
public static class QueryText
{
    public static bool Flag(string? text) => bool.TryParse(text, out var value) && value;

    public static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    public static Guid? Id(string? text) => Guid.TryParse(text, out var value) ? value : null;
}

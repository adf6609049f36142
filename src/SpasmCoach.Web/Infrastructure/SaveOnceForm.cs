namespace SpasmCoach.Web.Infrastructure;

/// <summary>
/// A full form ("Save cramp", an own amount of drink, a food, an own food) that carries an id made when it was first
/// shown, so the same form sent twice saves once (see <see cref="OneTapForms"/>). Its page renders
/// <c>&lt;InputText type="hidden" @bind-Value="Model.FormId" /&gt;</c>.
/// </summary>
public abstract class SaveOnceForm
{
    public string? FormId { get; set; } = Guid.CreateVersion7().ToString();

    /// <summary>The id sent back, or null when it is missing or not an id (then the form creates as before).</summary>
    public Guid? SentFormId => Guid.TryParse(FormId, out var id) ? id : null;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpasmCoach.Web.Features.Episodes;

/// <summary>Source-generated JSON for the episode list, with the API's settings (web defaults).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<EpisodeResponse>))]
internal sealed partial class EpisodeJson : JsonSerializerContext;

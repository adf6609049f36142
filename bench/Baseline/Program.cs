using System.Text.Json.Serialization;

// The baseline bench/run.sh measures the app against, in the same run: no auth, no database, one small JSON object.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJson.Default));
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var app = builder.Build();
app.MapGet("/", () => TypedResults.Ok(new Message("Hello, World!")));
app.Run();

internal sealed record Message(string Text);

[JsonSerializable(typeof(Message))]
internal sealed partial class BaselineJson : JsonSerializerContext;

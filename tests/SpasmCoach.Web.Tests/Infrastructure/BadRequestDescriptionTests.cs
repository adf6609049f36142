using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using SpasmCoach.Web.Features.Episodes;
using SpasmCoach.Web.Infrastructure;

namespace SpasmCoach.Web.Tests.Infrastructure;

/// <summary>
/// How the framework's binding failures become a field and the app's words, for every kind of parameter, including
/// kinds no endpoint takes yet (the Web tests through HTTP cover the ones that exist). The messages are the framework's
/// own (RequestDelegateFactory), as it words them in .NET 10.
/// </summary>
public sealed class BadRequestDescriptionTests
{
    [Theory]
    [InlineData("Failed to bind parameter \"int? limit\" from \"abc\".", "limit", "Must be a whole number.")]
    [InlineData("Failed to bind parameter \"double? grams\" from \"abc\".", "grams", "Must be a number.")]
    [InlineData("Failed to bind parameter \"bool? favourite\" from \"yes\".", "favourite", "Must be true or false.")]
    [InlineData("Failed to bind parameter \"Guid id\" from \"x\".", "id", "This value has the wrong type or form.")]
    [InlineData("Required parameter \"string q\" was not provided from query string.", "q", "This value is missing.")]
    [InlineData("Implicit body inferred for parameter \"request\" but no body was provided. Did you mean to use a Service instead?", "body", "The request body is missing.")]
    [InlineData("Failed to bind parameter \"int? limit\" from \"q\".", "limit", "Must be a whole number.")]
    [InlineData("Failed to bind parameter \"int? limit\" from \"request\".", "limit", "Must be a whole number.")]
    public void Describe_BindingFailure_NamesTheParameterInTheAppsWords(string message, string field, string expected)
    {
        var described = BadRequestExceptionHandler.Describe(new BadHttpRequestException(message), Endpoint());

        Assert.Equal([(field, expected)], described);
    }

    [Fact]
    public void Describe_AntiforgeryFailure_IsNotBlamedOnTheBody()
    {
        const string message = "Invalid anti-forgery token found when reading parameter \"EpisodeRequest request\" from the request body as form.";

        var described = BadRequestExceptionHandler.Describe(new BadHttpRequestException(message), Endpoint());

        Assert.Equal("request", Assert.Single(described).Field);
    }

    private static Endpoint Endpoint()
    {
        var handler = typeof(BadRequestDescriptionTests).GetMethod(nameof(Handler), BindingFlags.NonPublic | BindingFlags.Static)!;
        return new Endpoint(null, new EndpointMetadataCollection(handler, new AcceptsMetadata(["application/json"], typeof(EpisodeRequest))), "test");
    }

    private static void Handler(string q, int? limit, double? grams, bool? favourite, Guid id, EpisodeRequest request)
    {
    }
}

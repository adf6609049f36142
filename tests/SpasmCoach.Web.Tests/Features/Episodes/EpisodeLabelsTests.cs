using SpasmCoach.Core.Episodes;
using SpasmCoach.Web.Features.Episodes;

namespace SpasmCoach.Web.Tests.Features.Episodes;

public sealed class EpisodeLabelsTests
{
    [Theory]
    [InlineData(null, "no duration yet")]
    [InlineData(0, "0 s")]
    [InlineData(59, "59 s")]
    [InlineData(60, "1 min 00 s")]
    [InlineData(125, "2 min 05 s")]
    [InlineData(3599, "59 min 59 s")]
    [InlineData(3600, "1 h 0 min")]
    [InlineData(11674, "3 h 14 min")]
    [InlineData(86400, "24 h 0 min")]
    public void Duration_ReadsAsAPersonWouldSayIt(int? seconds, string expected) =>
        Assert.Equal(expected, EpisodeLabels.Duration(seconds));

    [Theory]
    [InlineData(Side.Left, Muscle.Calf, "your left calf")]
    [InlineData(Side.Both, Muscle.Hamstrings, "both your hamstrings")]
    [InlineData(Side.Both, Muscle.Calf, "both your calves")]
    [InlineData(Side.Both, Muscle.Foot, "both your feet")]
    [InlineData(Side.Right, Muscle.Other, "your right leg")]
    public void InYour_ReadsAfterIn(Side side, Muscle muscle, string expected) =>
        Assert.Equal(expected, EpisodeLabels.InYour(new Episode { UserId = "u", Side = side, Muscle = muscle }));

    [Theory]
    [InlineData(Side.Left, Muscle.Calf, "left calf")]
    [InlineData(Side.Both, Muscle.Foot, "both feet")]
    [InlineData(Side.Both, Muscle.Calf, "both calves")]
    [InlineData(Side.Both, Muscle.Quadriceps, "both quadriceps")]
    [InlineData(Side.Right, Muscle.Other, "right leg")]
    [InlineData(Side.Both, Muscle.Other, "both legs")]
    public void Where_ReadsInALine(Side side, Muscle muscle, string expected) =>
        Assert.Equal(expected, EpisodeLabels.Where(new Episode { UserId = "u", Side = side, Muscle = muscle }));
}

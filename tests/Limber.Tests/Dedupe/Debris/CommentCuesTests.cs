using Limber.Dedupe;
using Limber.Options;

namespace Limber.Tests.Dedupe.Debris;

/// <summary>Reader comments scraped with an article (src/Dedupe/Debris/CommentCues.cs), and the crowd and numbered-list cues added with them.</summary>
public class CommentCuesTests
{
    private static readonly DebrisClassifier Defaults = DebrisClassifier.Create(new DebrisOptions()).Classifier;

    [Theory]
    [InlineData("Good points about warming up first. I'm curious what you would change for someone over seventy? I usually skip the lunges.")]
    [InlineData("Thanks for posting this! The plan you described helped my sister, though she found the third week hard.")]
    [InlineData("Excellent article. What are your thoughts on swimming instead of walking for the first month?")]
    [InlineData("Such a helpful post. Your explanation of the joint finally made sense to me.")]
    [InlineData("I enjoyed this article, and I would love to hear what you do when a session leaves you sore.")]
    public void AReplyToTheAuthorIsAReaderComment(string passage)
    {
        var reason = Defaults.Classify(passage);
        Assert.NotNull(reason);
        Assert.StartsWith("reader comment", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Good sleep matters as much as exercise when a back is slow to settle.")]
    [InlineData("Thanks to better scans, fewer people are sent for surgery they do not need.")]
    [InlineData("Great strides have been made in treating hip arthritis, and a replacement now lasts twenty years or more.")]
    [InlineData("Do you recommend heat or ice? Either is fine in the first days; use whichever feels better.")]
    public void ContentThatOpensTheSameWayIsKept(string passage) => Assert.Null(Defaults.Classify(passage));

    [Fact]
    public void OnePraisingWordIsNotEnough()
    {
        // Praise alone (0.6) is under the threshold: a comment also speaks to the author or asks them something.
        Assert.Null(Defaults.Classify("Great article about the history of the spa town and its hot springs, written in 1910 by the town doctor."));
    }

    [Fact]
    public void CommentsCanBeKeptThroughSiteOptions()
    {
        var (classifier, _) = DebrisClassifier.Create(new DebrisOptions { Disable = ["comment"] });
        Assert.Null(classifier.Classify("Thanks for sharing this. The routine you outlined helped me, any thoughts on doing it twice a day?"));
    }
}

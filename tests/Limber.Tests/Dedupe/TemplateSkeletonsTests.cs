using Limber.Dedupe;

namespace Limber.Tests.Dedupe;

public class TemplateSkeletonsTests
{
    [Fact]
    public void NumbersAndNamesBecomePlaceholders()
    {
        Assert.Equal(TemplateSkeletons.Skeleton("Posted on 14 Feb 2023 by Admin"), TemplateSkeletons.Skeleton("Posted on 2 Mar 2021 by Editor"));
        Assert.NotEqual(TemplateSkeletons.Skeleton("Posted on 14 Feb 2023 by admin"), TemplateSkeletons.Skeleton("Posted in 14 Feb 2023 by admin"));
        Assert.Equal(" price:$ #", TemplateSkeletons.Skeleton("Price: $1,299.00"));
    }

    [Fact]
    public void NoPlaceholderOrTooLongMeansNoSkeleton()
    {
        Assert.Null(TemplateSkeletons.Skeleton("lie on your back and breathe"));
        Assert.Null(TemplateSkeletons.Skeleton(string.Join(' ', Enumerable.Repeat("word", TemplateSkeletons.MaxWords)) + " 1"));
    }

    [Fact]
    public void OccurrencesCountFilesAndWordings()
    {
        var index = TemplateSkeletons.Build(
        [
            ("Updated 3 hours ago", "a.txt"),
            ("Updated 5 hours ago", "a.txt"),
            ("Updated 5 hours ago", "b.txt"),
            ("Updated 9 hours ago", "c.txt"),
        ]);
        Assert.Equal((3, 3), index.Occurrences("Updated 1 hours ago"));
        Assert.Equal((0, 0), index.Occurrences("Something else entirely 4"));
        Assert.Equal((0, 0), TemplateSkeletons.Empty.Occurrences("Updated 3 hours ago"));
    }
}

namespace Limber.Check.Rules;

/// <summary>One rule over one kept raw passage (see <see cref="IPageCheck"/>); it keeps no state between passages.</summary>
public interface IPassageCheck
{
    void Check(PassageCheckContext passage);
}

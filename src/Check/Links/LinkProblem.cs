namespace Limber.Check.Links;

/// <summary>What is wrong with one link: its diagnostic code and the message after the link's own description.</summary>
public sealed record LinkProblem(string Code, string Message);

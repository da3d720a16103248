namespace Limber.Render.Theme;

/// <summary>
/// A template value made only when a layout reads it (a page's sidebar entries, which the default layout does not
/// read): <see cref="LiquidTheme"/> turns it into its value on first use. Made at most once.
/// </summary>
public sealed class Deferred(Func<object?> make)
{
    private readonly Lazy<object?> _value = new(make, LazyThreadSafetyMode.None);

    public object? Value => _value.Value;
}

using Limber.Diagnostics;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Write;

/// <summary>
/// One streamed run of the <see cref="WriteStage"/>: each file is staged as it comes (on one writer thread), only its
/// path and size kept; at the end a build that succeeded is checked whole and committed, a failed one discarded.
/// </summary>
internal sealed class WritePass : IOutputPass
{
    private readonly IOutputStore _output;
    private readonly ISiteIndexer? _indexer;
    private readonly IOutputUpdate? _update;
    private readonly bool _skip;
    private readonly string _display;
    private Diagnostic? _error;

    public WritePass(IOutputStore output, ISiteIndexer? indexer, StageContext context)
    {
        _output = output;
        _indexer = indexer;
        _display = output.Root;
        _skip = context.Failed;
        if (_skip)
        {
            return;
        }

        if (output.Refusal(context.Build.InputDirectory) is { } refusal)
        {
            _error = Diagnostic.Error(DiagnosticCodes.OutputRefused, refusal);
            return;
        }

        try
        {
            _update = output.Begin();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _error = NotWritable(ex);
        }
    }

    public bool Serial => true;

    public void Take(OutputFile file, List<OutputFile> next)
    {
        next.Add(file.Released());
        if (_skip || _error is not null || _update is null)
        {
            return;
        }

        try
        {
            _update.Stage(file.Path, file.Content.Span);
        }
        catch (OutputPathException ex)
        {
            _error = Diagnostic.Error(DiagnosticCodes.OutputPathConflict, $"nothing written: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _error = Diagnostic.Error(DiagnosticCodes.OutputNotWritable, $"cannot write output folder '{_display}': {ex.Message}");
        }
    }

    public StageResult End(Site site, StageContext context)
    {
        if (context.Failed || _error is not null || _update is null)
        {
            if (!context.Failed && _error?.Code == DiagnosticCodes.OutputNotWritable && _update is not null)
            {
                try
                {
                    _update.Check(site.Outputs); // a disk error may come from two files on one path: say so instead
                }
                catch (OutputPathException ex)
                {
                    _error = Diagnostic.Error(DiagnosticCodes.OutputPathConflict, $"nothing written: {ex.Message}");
                }
            }

            _update?.Discard();
            return _error is not null && !context.Failed ? WriteStage.Result(site, _error) : WriteStage.Failed(site, context, _output);
        }

        try
        {
            _update.Check(site.Outputs);
            var (wanted, indexed) = WriteStage.Index(_indexer, _update, site, context);
            var changed = _update.Commit(wanted, existing: null, context.Build.KeepSearchIndex ? WriteStage.SearchIndexFolder : null);
            return WriteStage.Written(site, changed, indexed);
        }
        catch (OutputPathException ex)
        {
            _update.Discard();
            return WriteStage.Result(site, Diagnostic.Error(DiagnosticCodes.OutputPathConflict, $"nothing written: {ex.Message}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _update.Discard();
            return WriteStage.Result(site, NotWritable(ex));
        }
        catch (OperationCanceledException)
        {
            _update.Discard();
            throw;
        }
    }

    private Diagnostic NotWritable(Exception ex) =>
        Diagnostic.Error(DiagnosticCodes.OutputNotWritable, $"cannot write output folder '{_display}': {ex.Message}");
}

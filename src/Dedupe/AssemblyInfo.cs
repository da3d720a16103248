[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Limber.Bench.Dedupe")]

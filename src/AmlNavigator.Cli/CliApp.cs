namespace AmlNavigator.Cli;

/// <summary>Standard streams of one CLI run; tests pass string readers and writers.</summary>
/// <param name="ErrorIsTerminal">True when standard error is a terminal (batch progress is shown only then).</param>
/// <param name="Clock">Gives "today" when <c>--as-of</c> is absent; null means the system clock.</param>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool ErrorIsTerminal = false, TimeProvider? Clock = null)
{
    /// <summary>The clock to use (the system clock unless a test gave one).</summary>
    public TimeProvider EffectiveClock => Clock ?? TimeProvider.System;
}

/// <summary>Exit codes of CONTRACT §1.</summary>
public static class ExitCodes
{
    /// <summary>Success, also for a batch in which some lines had errors.</summary>
    public const int Ok = 0;

    /// <summary>Anything else (an internal failure).</summary>
    public const int Failure = 1;

    /// <summary>The input cannot be used: unreadable file, invalid JSON, a case that fails validation, bad usage.</summary>
    public const int BadInput = 2;
}

/// <summary>The <c>amlnav</c> command dispatcher. Commands are thin: parse arguments, call the domain, render.</summary>
public static class CliApp
{
    public const string Usage = """
        amlnav — AML Navigator, decision support for relapsed/refractory AML (not a medical device)

        Usage:
          amlnav assess CASE.json [--format json|text|html|pdf] [--out FILE] [--as-of DATE] [--trials PATH [--include-closed]]
          amlnav assess --batch CASES.ndjson --format ndjson [--out FILE] [--as-of DATE]
          amlnav validate CASE.json [--format json|text] [--as-of DATE]
          amlnav validate --batch CASES.ndjson --format ndjson [--out FILE] [--as-of DATE]
          amlnav karyotype "ISCN" [--format json|text]
          amlnav karyotype --batch FILE --format ndjson [--out FILE]
          amlnav knowledge [--format md|html|json] [--out FILE]
          amlnav import-variants FILE --case CASE.json [--out FILE] [--bed FILE | --panel NAME]
          amlnav trials import PATH [--index DIR]
          amlnav trials match CASE.json --trials PATH [--include-closed] [--as-of DATE] [--format json|text]

        Use - for CASE.json to read standard input. Exit codes: 0 success, 2 unusable input, 1 other failure.
        """;

    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? console.Error : console.Out).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }

        if (args.Skip(1).Any(a => a is "-h" or "--help"))
        {
            console.Out.WriteLine(Usage);
            return ExitCodes.Ok;
        }

        try
        {
            CommandLine line = CommandLine.Parse(args.AsSpan(1));
            return args[0] switch
            {
                "assess" => AssessCommand.Run(line, console),
                "validate" => ValidateCommand.Run(line, console),
                "karyotype" => KaryotypeCommand.Run(line, console),
                "knowledge" => KnowledgeCommand.Run(line, console),
                "import-variants" => ImportVariantsCommand.Run(line, console),
                "trials" => TrialsCommand.Run(line, console),
                "--version" or "version" => Version(console),
                _ => UsageError(console, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException ex)
        {
            return UsageError(console, ex.Message);
        }
        catch (IOException ex)
        {
            console.Error.WriteLine($"amlnav: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            console.Error.WriteLine($"amlnav: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            console.Error.WriteLine($"amlnav: the input is not valid UTF-8 ({ex.Message})");
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The process boundary: any other failure is reported as exit code 1 (CONTRACT §1), never a stack dump.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"amlnav: internal error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    internal static int UsageError(CliConsole console, string message)
    {
        console.Error.WriteLine($"amlnav: {message}");
        console.Error.WriteLine("Run 'amlnav --help' for usage.");
        return ExitCodes.BadInput;
    }

    private static int Version(CliConsole console)
    {
        console.Out.WriteLine($"amlnav {Domain.Assessment.EngineInfo.Version} (knowledge base {Knowledge.KnowledgeBaseLoader.Default.Version})");
        return ExitCodes.Ok;
    }
}

/// <summary>Bad command-line usage (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);

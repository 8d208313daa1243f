using System.Collections.Immutable;
using System.Diagnostics;
using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Cli;

/// <summary>The result for one batch line: a JSON line, or the errors that replace it.</summary>
internal readonly record struct BatchOutcome(string? Json, ImmutableArray<InputError> Errors)
{
    public static BatchOutcome Ok(string json) => new(json, []);

    public static BatchOutcome Invalid(ImmutableArray<InputError> errors) => new(null, errors);
}

/// <summary>
/// Streams an NDJSON (or plain line) file: one input line → one output line, same order; a bad line yields
/// <c>{"line":N,"errors":[…]}</c> and the run goes on. Constant memory: one line is held at a time.
/// </summary>
internal static class BatchRunner
{
    public static int Run(string inputPath, string? outPath, CliConsole console, Func<string, long, BatchOutcome> process)
    {
        using TextReader reader = CliIo.OpenReader(inputPath, console);
        TextWriter writer = CliIo.OpenWriter(outPath, console);
        try
        {
            long lineNumber = 0, bad = 0;
            Stopwatch progress = Stopwatch.StartNew();
            while (reader.ReadLine() is { } text)
            {
                lineNumber++;
                BatchOutcome outcome;
                if (string.IsNullOrWhiteSpace(text))
                {
                    outcome = BatchOutcome.Invalid([new InputError("", "line-empty", "Expected one JSON value on this line; the line is empty.")]);
                }
                else
                {
                    outcome = process(text, lineNumber);
                }

                if (outcome.Json is { } json)
                {
                    writer.Write(json);
                }
                else
                {
                    bad++;
                    writer.Write(System.Text.Json.JsonSerializer.Serialize(new BatchErrorLine(lineNumber, outcome.Errors), CliJson.Default.BatchErrorLine));
                }

                writer.Write('\n');
                if (console.ErrorIsTerminal && progress.ElapsedMilliseconds > 500)
                {
                    console.Error.Write($"\r{lineNumber:N0} lines, {bad:N0} with errors");
                    progress.Restart();
                }
            }

            if (console.ErrorIsTerminal)
            {
                console.Error.WriteLine($"\r{lineNumber:N0} lines, {bad:N0} with errors");
            }

            return ExitCodes.Ok;
        }
        finally
        {
            writer.Flush();
            if (outPath is not null)
            {
                writer.Dispose();
            }
        }
    }
}

using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;

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
/// <c>{"line":N,"errors":[…]}</c> and the run goes on (exit 0, CONTRACT §1). Constant memory: one line is held at a time.
/// An engine failure on one line is reported on that line (code <c>internal-error</c>) and the run goes on, ending with
/// exit 1. On the text path (standard input), input that is not UTF-8 stops the run (exit 2) at the line where decoding
/// failed; <see cref="RunUtf8"/> (files) reports such a line and goes on.
/// </summary>
internal static class BatchRunner
{
    public const string EmptyLineCode = "line-empty";
    public const string InternalErrorCode = "internal-error";
    public const string EncodingInvalidCode = "encoding-invalid";

    public static int Run(string inputPath, string? outPath, CliConsole console, Func<string, long, BatchOutcome> process)
    {
        using TextReader reader = CliIo.OpenReader(inputPath, console);
        TextWriter writer = CliIo.OpenWriter(outPath, console);
        long lineNumber = 0, bad = 0, failed = 0;
        try
        {
            Stopwatch progress = Stopwatch.StartNew();
            while (true)
            {
                string? text;
                try
                {
                    text = reader.ReadLine();
                }
                catch (System.Text.DecoderFallbackException ex)
                {
                    WriteErrors(writer, lineNumber + 1, [new InputError("", EncodingInvalidCode, $"Expected UTF-8 text; the bytes at or after this line are not ({ex.Message}). The run stops here.")]);
                    console.Error.WriteLine($"amlnav: line {lineNumber + 1}: the input is not valid UTF-8; stopped after {lineNumber:N0} lines");
                    return ExitCodes.BadInput;
                }

                if (text is null)
                {
                    break;
                }

                lineNumber++;
                BatchOutcome outcome = string.IsNullOrWhiteSpace(text)
                    ? BatchOutcome.Invalid([new InputError("", EmptyLineCode, "Expected one JSON value on this line; the line is empty.")])
                    : Process(process, text, lineNumber, ref failed);

                Emit(writer, console, progress, lineNumber, outcome, ref bad);
            }

            return Finish(console, lineNumber, bad, failed);
        }
        finally
        {
            Close(writer, outPath);
        }
    }

    /// <summary>
    /// The same contract over UTF-8 bytes, for files: lines are split on <c>\n</c> without decoding to UTF-16, so a case
    /// line goes to the JSON reader as bytes. A line that is not UTF-8 gets an <c>encoding-invalid</c> error line and
    /// the run goes on. Standard input (<c>-</c>) uses the text path.
    /// </summary>
    public static int RunUtf8(string inputPath, string? outPath, CliConsole console, Func<ReadOnlyMemory<byte>, long, BatchOutcome> process)
    {
        if (inputPath == "-")
        {
            return Run(inputPath, outPath, console, (text, n) => process(System.Text.Encoding.UTF8.GetBytes(text), n));
        }

        using FileStream input = new(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        TextWriter writer = CliIo.OpenWriter(outPath, console);
        long lineNumber = 0, bad = 0, failed = 0;
        try
        {
            Stopwatch progress = Stopwatch.StartNew();
            foreach (ReadOnlyMemory<byte> raw in Utf8Lines(input))
            {
                lineNumber++;
                ReadOnlyMemory<byte> line = raw;
                if (lineNumber == 1 && line.Span.StartsWith("\uFEFF"u8))
                {
                    line = line[3..]; // a UTF-8 byte-order mark
                }

                BatchOutcome outcome;
                if (!System.Text.Unicode.Utf8.IsValid(line.Span))
                {
                    outcome = BatchOutcome.Invalid([new InputError("", EncodingInvalidCode, "Expected UTF-8 text; this line holds bytes that are not UTF-8.")]);
                }
                else if (line.Span.Trim(" \t\r"u8).IsEmpty)
                {
                    outcome = BatchOutcome.Invalid([new InputError("", EmptyLineCode, "Expected one JSON value on this line; the line is empty.")]);
                }
                else
                {
                    outcome = Process(process, line, lineNumber, ref failed);
                }

                Emit(writer, console, progress, lineNumber, outcome, ref bad);
            }

            return Finish(console, lineNumber, bad, failed);
        }
        finally
        {
            Close(writer, outPath);
        }
    }

    /// <summary>Splits a stream into lines (without the <c>\n</c>); a line is valid only until the next is read.
    /// Memory: one buffer that grows to the longest line.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Utf8Lines(Stream input)
    {
        byte[] buffer = new byte[1 << 16];
        int start = 0, end = 0;
        while (true)
        {
            int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int length = newline;
                if (length > 0 && buffer[start + length - 1] == '\r')
                {
                    length--;
                }

                yield return buffer.AsMemory(start, length);
                start += newline + 1;
                continue;
            }

            // Move the partial line to the front (or grow the buffer), then read more.
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            int read = input.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (end > start)
                {
                    int length = end - start;
                    if (buffer[start + length - 1] == '\r')
                    {
                        length--;
                    }

                    yield return buffer.AsMemory(start, length);
                }

                yield break;
            }

            end += read;
        }
    }

    private static BatchOutcome Process<T>(Func<T, long, BatchOutcome> process, T line, long lineNumber, ref long failed)
    {
        try
        {
            return process(line, lineNumber);
        }
#pragma warning disable CA1031 // One line's engine failure must not lose the rest of the batch; it is reported on its line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failed++;
            return BatchOutcome.Invalid([new InputError("", InternalErrorCode, $"Internal error while processing this line ({ex.GetType().Name}: {ex.Message}); please report it.")]);
        }
    }

    /// <summary>Writes one line's result (or its error line) and, on a terminal, the progress count.</summary>
    private static void Emit(TextWriter writer, CliConsole console, Stopwatch progress, long lineNumber, BatchOutcome outcome, ref long bad)
    {
        if (outcome.Json is { } json)
        {
            writer.Write(json);
            writer.Write('\n');
        }
        else
        {
            bad++;
            WriteErrors(writer, lineNumber, outcome.Errors);
        }

        if (console.ErrorIsTerminal && progress.ElapsedMilliseconds > 500)
        {
            console.Error.Write($"\r{lineNumber:N0} lines, {bad:N0} with errors");
            progress.Restart();
        }
    }

    private static int Finish(CliConsole console, long lineNumber, long bad, long failed)
    {
        if (console.ErrorIsTerminal)
        {
            console.Error.WriteLine($"\r{lineNumber:N0} lines, {bad:N0} with errors");
        }

        return failed > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private static void Close(TextWriter writer, string? outPath)
    {
        writer.Flush();
        if (outPath is not null)
        {
            writer.Dispose();
        }
    }

    private static void WriteErrors(TextWriter writer, long lineNumber, ImmutableArray<InputError> errors)
    {
        writer.Write(JsonSerializer.Serialize(new BatchErrorLine(lineNumber, errors), CliJson.Readable.BatchErrorLine));
        writer.Write('\n');
    }
}

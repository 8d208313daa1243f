using System.Text;

namespace AmlNavigator.Cli;

/// <summary>File and stream helpers shared by the commands.</summary>
internal static class CliIo
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Invalid UTF-8 is an input error (exit 2), never silently replaced by U+FFFD.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole input: a file, or standard input for <c>-</c>.</summary>
    public static string ReadAllText(string path, CliConsole console) =>
        path == "-" ? console.In.ReadToEnd() : File.ReadAllText(path, StrictUtf8);

    /// <summary>Opens a line reader over a file or standard input.</summary>
    public static TextReader OpenReader(string path, CliConsole console) =>
        path == "-" ? console.In : new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>Writes the whole output to <c>--out</c> or standard output.</summary>
    public static void WriteOutput(string text, string? outPath, CliConsole console)
    {
        if (outPath is null)
        {
            console.Out.Write(text);
        }
        else
        {
            File.WriteAllText(outPath, text, Utf8NoBom);
        }
    }

    /// <summary>A writer for <c>--out</c> or standard output (the caller disposes only what it opened).</summary>
    public static TextWriter OpenWriter(string? outPath, CliConsole console) =>
        outPath is null ? console.Out : new StreamWriter(outPath, append: false, Utf8NoBom, bufferSize: 1 << 16) { NewLine = "\n" };
}

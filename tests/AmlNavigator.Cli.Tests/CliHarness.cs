using AmlNavigator.Testing;

namespace AmlNavigator.Cli.Tests;

/// <summary>Runs <c>amlnav</c> in-process and captures its streams. Keep this API backward compatible: other engineers'
/// CLI tests use it (add overloads, never change what an existing one does).</summary>
/// <remarks>
/// Trap: C# binds <c>Run("assess", "x.json")</c> to <see cref="Run(string, string[])"/>, so "assess" becomes standard
/// input, not an argument. Prefer the unambiguous <see cref="RunArgs"/> and <see cref="RunWithInput"/>.
/// </remarks>
internal static class CliHarness
{
    /// <summary>Runs with these arguments and empty standard input.</summary>
    public static (int ExitCode, string Out, string Error) RunArgs(params string[] args) => Run("", args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input and these arguments.</summary>
    public static (int ExitCode, string Out, string Error) RunWithInput(string stdin, params string[] args) => Run(stdin, args);

    /// <summary>The assessment date used by the approved CLI outputs.</summary>
    public const string ApprovedAsOf = "2026-11-28";

    public static (int ExitCode, string Out, string Error) Run(string stdin, params string[] args)
    {
        using StringReader input = new(stdin);
        using StringWriter output = new() { NewLine = "\n" };
        using StringWriter error = new() { NewLine = "\n" };
        int code = CliApp.Run(args, new CliConsole(input, output, error));
        return (code, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Out, string Error) Run(params string[] args) => Run("", args);

    /// <summary>Runs with a fixed "today" (for commands run without <c>--as-of</c>).</summary>
    public static (int ExitCode, string Out, string Error) RunOn(DateOnly today, string stdin, params string[] args)
    {
        using StringReader input = new(stdin);
        using StringWriter output = new() { NewLine = "\n" };
        using StringWriter error = new() { NewLine = "\n" };
        int code = CliApp.Run(args, new CliConsole(input, output, error, Clock: new FixedClock(today)));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The full path of a sample case (<c>samples/cases/NAME</c>).</summary>
    public static string SamplePath(string fileName) => RepositoryFiles.PathOf(Path.Combine("samples", "cases", fileName));

    /// <summary>The full path of a file under the repository root.</summary>
    public static string RepoPath(string relative) => RepositoryFiles.PathOf(relative);

    /// <summary>A temporary file holding <paramref name="content"/>; deleted when disposed.</summary>
    public static TempFile TempFile(string content, string extension = ".json") => new(content, extension);

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}

/// <summary>A temporary file for a CLI test; deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string content, string extension)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"amlnav-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}

namespace AmlNavigator.Cli.Tests;

/// <summary>Runs <c>amlnav</c> in-process and captures its streams.</summary>
internal static class CliHarness
{
    public static (int ExitCode, string Out, string Error) Run(string stdin, params string[] args)
    {
        using StringReader input = new(stdin);
        using StringWriter output = new() { NewLine = "\n" };
        using StringWriter error = new() { NewLine = "\n" };
        int code = CliApp.Run(args, new CliConsole(input, output, error));
        return (code, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Out, string Error) Run(params string[] args) => Run("", args);
}

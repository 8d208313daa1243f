namespace AmlNavigator.Cli;

/// <summary><c>amlnav trials import|match</c> (CONTRACT §1, §6).</summary>
internal static class TrialsCommand
{
    public static int Run(CommandLine line, CliConsole console)
    {
        _ = line;
        return CliApp.UsageError(console, "trials is not implemented yet");
    }
}

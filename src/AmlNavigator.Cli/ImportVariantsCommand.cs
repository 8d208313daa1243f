namespace AmlNavigator.Cli;

/// <summary><c>amlnav import-variants FILE --case CASE.json</c>: VCF/MAF into a case.</summary>
internal static class ImportVariantsCommand
{
    public static int Run(CommandLine line, CliConsole console)
    {
        _ = line;
        return CliApp.UsageError(console, "import-variants is not implemented yet");
    }
}

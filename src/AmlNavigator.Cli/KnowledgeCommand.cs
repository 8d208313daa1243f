using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Knowledge;

namespace AmlNavigator.Cli;

/// <summary><c>amlnav knowledge</c>: export the knowledge base for clinician review.</summary>
internal static class KnowledgeCommand
{
    public static int Run(CommandLine line, CliConsole console)
    {
        line.AllowOnly("--format", "--out");
        string format = line.Choice("--format", "md", "md", "html", "json");
        KnowledgeBase kb = KnowledgeBaseLoader.Default;
        var sb = new System.Text.StringBuilder();
        if (format == "json")
        {
            sb.Append("{\"version\":\"").Append(kb.Version).Append("\",\"contentHash\":\"").Append(kb.ContentHash).Append("\"}\n");
        }
        else
        {
            sb.Append("# AML Navigator knowledge base ").Append(kb.Version).Append("\n\n## Citations\n\n");
            foreach (Citation c in kb.Citations.Values)
            {
                sb.Append("- **").Append(c.Key).Append("** ").Append(c.Title).Append('\n');
            }
        }

        CliIo.WriteOutput(sb.ToString(), line.Option("--out"), console);
        return ExitCodes.Ok;
    }
}

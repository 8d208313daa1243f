using System.Text;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Evolution;

namespace AmlNavigator.Reports.Text;

public static partial class AssessmentTextReport
{
    private static void RenderGenetics(StringBuilder sb, CaseAssessment a)
    {
        GeneticsAssessment g = a.Genetics;
        if (g.Changes.IsEmpty && g.Resistance.IsEmpty)
        {
            return;
        }

        Heading(sb, "Genetics: diagnosis → relapse");
        foreach (GeneticChange c in g.Changes)
        {
            sb.Append("  - [").Append(Kind(c.Change)).Append("] ").Append(c.Finding);
            if (c.Significance is { } why)
            {
                sb.Append(" — ").Append(why);
            }

            sb.Append('\n');
        }

        foreach (ResistanceFinding r in g.Resistance)
        {
            sb.Append("  ! Resistance after ").Append(r.PriorTherapy).Append(": ").Append(r.Finding).Append(". ")
              .Append(r.Effect).Append(" [").Append(r.Citation).Append("]\n");
        }

        static string Kind(ChangeKind k) => k switch
        {
            ChangeKind.Gained => "gained",
            ChangeKind.Lost => "lost",
            ChangeKind.Persistent => "persistent",
            _ => "unknown",
        };
    }
}

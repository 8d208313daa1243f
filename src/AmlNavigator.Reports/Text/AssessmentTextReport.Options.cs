using System.Text;
using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Options;

namespace AmlNavigator.Reports.Text;

public static partial class AssessmentTextReport
{
    private static void RenderOptions(StringBuilder sb, CaseAssessment a)
    {
        if (a.Options.IsEmpty)
        {
            return;
        }

        Heading(sb, $"Treatment options (knowledge base {a.KnowledgeBase.Version}; all options shown, best fit first)");
        foreach (TreatmentOptionResult o in a.Options)
        {
            sb.Append("  [").Append(EnumText.Of(o.Suitability)).Append("] ").Append(o.Name).Append(" (").Append(o.Id).Append(')');
            if (o.Approval is { } approval)
            {
                sb.Append(" — ").Append(approval.Jurisdiction).Append(": ").Append(EnumText.Of(approval.Status));
            }

            sb.Append('\n');
            foreach (OptionReason r in o.Reasons)
            {
                sb.Append("      · ").Append(r.Text).Append(" [").Append(r.Citation).Append("]\n");
            }

            foreach (DoseAdjustment d in o.DoseAdjustments)
            {
                sb.Append("      dose: ").Append(d.Text).Append(" (with ").Append(d.Because).Append(") [").Append(d.Citation).Append("]\n");
            }

            if (o.Suitability is Suitability.Recommended or Suitability.Consider)
            {
                foreach (OptionCaution c in o.Cautions)
                {
                    sb.Append("      ! ").Append(c.Text).Append(" [").Append(c.Citation).Append("]\n");
                }
            }
        }

        if (!a.Interactions.IsEmpty)
        {
            Heading(sb, "Interactions with current medicines");
            foreach (InteractionResult i in a.Interactions)
            {
                sb.Append("  - ").Append(string.Join(" + ", i.Drugs)).Append(" (").Append(i.Severity).Append("): ").Append(i.Action)
                  .Append(" [").Append(i.Citation).Append("]\n");
            }
        }

        if (!a.SupportiveCare.IsEmpty)
        {
            Heading(sb, "Supportive care");
            foreach (SupportiveCareItem s in a.SupportiveCare)
            {
                sb.Append("  - ").Append(s.Text).Append(" [").Append(s.Citation).Append("]\n");
            }
        }
    }
}

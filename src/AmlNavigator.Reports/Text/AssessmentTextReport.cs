using System.Text;
using AmlNavigator.Domain.Assessment;

namespace AmlNavigator.Reports.Text;

/// <summary>
/// The one-screen text summary of an assessment (<c>assess --format text</c>). One partial file per section, so each
/// clinical area renders its own part.
/// </summary>
public static partial class AssessmentTextReport
{
    public static string Render(CaseAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        StringBuilder sb = new();
        sb.Append("AML Navigator assessment — case ").Append(assessment.CaseId).Append('\n');
        sb.Append("As of ").Append(assessment.AsOf.ToString("yyyy-MM-dd"))
          .Append(" · engine ").Append(assessment.EngineVersion)
          .Append(" · knowledge base ").Append(assessment.KnowledgeBase.Version).Append('\n');
        RenderDiseaseStatus(sb, assessment);
        RenderRisk(sb, assessment);
        RenderPrognosis(sb, assessment);
        RenderFitness(sb, assessment);
        RenderGenetics(sb, assessment);
        RenderOptions(sb, assessment);
        RenderTrials(sb, assessment);
        RenderMissing(sb, assessment);
        RenderWarnings(sb, assessment);
        sb.Append('\n').Append(Disclaimer.Text).Append('\n');
        return sb.ToString();
    }

    private static void Heading(StringBuilder sb, string title) => sb.Append('\n').Append(title).Append('\n');

    private static void RenderMissing(StringBuilder sb, CaseAssessment a)
    {
        if (a.MissingInformation.IsEmpty)
        {
            return;
        }

        Heading(sb, "Missing information (order or confirm)");
        foreach (MissingInformation m in a.MissingInformation)
        {
            sb.Append("  - ").Append(m.Item).Append(" [").Append(m.Code).Append("]: ").Append(m.Why);
            if (!m.Affects.IsEmpty)
            {
                sb.Append(" Affects: ").Append(string.Join(", ", m.Affects)).Append('.');
            }

            sb.Append('\n');
        }
    }

    private static void RenderWarnings(StringBuilder sb, CaseAssessment a)
    {
        if (a.Warnings.IsEmpty)
        {
            return;
        }

        Heading(sb, "Input warnings");
        foreach (AssessmentWarning w in a.Warnings)
        {
            sb.Append("  - ").Append(w.Path).Append(": ").Append(w.Message).Append(" [").Append(w.Code).Append("]\n");
        }
    }
}

using System.Globalization;
using System.Text;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Prognosis;

namespace AmlNavigator.Reports.Text;

public static partial class AssessmentTextReport
{
    /// <summary>Every score with its cohort, era and limits: a number is never shown without them.</summary>
    private static void RenderPrognosis(StringBuilder sb, CaseAssessment a)
    {
        Heading(sb, "Prognosis at relapse (published cohort figures, not predictions for this patient)");
        foreach (RelapseScore s in new[] { a.Prognosis.Epi, a.Prognosis.Goelams, a.Prognosis.PostTransplantRelapse, a.Prognosis.SecondTransplant })
        {
            sb.Append("  ").Append(s.Name).Append(": ");
            if (!s.Applicable)
            {
                sb.Append("not applicable — ").Append(s.Reason).Append(" [").Append(s.Source.Citation).Append("]\n");
                continue;
            }

            if (s.Score is { } score)
            {
                sb.Append("score ").Append(P(score));
            }
            else if (s.ScoreMin is { } min && s.ScoreMax is { } max)
            {
                sb.Append("score ").Append(P(min)).Append('–').Append(P(max)).Append(" (range: ").Append(s.Reason).Append(')');
            }

            if (s.Group is { } group)
            {
                sb.Append(s.Score is null && s.ScoreMin is null ? "" : ", ").Append("group ").Append(group);
                if (s.GroupOutcome is { } outcome)
                {
                    sb.Append(" (published: ").Append(outcome).Append(')');
                }
            }
            else
            {
                sb.Append(", group not determined");
            }

            sb.Append(" [").Append(s.Source.Citation).Append("]\n");
            foreach (ScoreComponent c in s.Components)
            {
                sb.Append("    · ").Append(c.Factor).Append(": ").Append(c.Value);
                if (c.Points is { } pts)
                {
                    sb.Append(" → ").Append(P(pts)).Append(pts == 1 ? " point" : " points");
                }

                sb.Append('\n');
            }

            sb.Append("    Cohort: ").Append(s.Source.Cohort).Append("; ").Append(s.Source.Era).Append(".\n");
            sb.Append("    Limits: ").Append(s.Source.Limits).Append('\n');
            foreach (string caution in s.Cautions)
            {
                sb.Append("    ! ").Append(caution).Append('\n');
            }
        }

        static string P(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    }
}

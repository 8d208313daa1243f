using System.Text;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Fitness;

namespace AmlNavigator.Reports.Text;

public static partial class AssessmentTextReport
{
    private static void RenderFitness(StringBuilder sb, CaseAssessment a)
    {
        FitnessAssessment f = a.Fitness;
        Heading(sb, "Fitness (Ferrara 2013 consensus; any criterion met → unfit)");
        sb.Append("  Intensive chemotherapy: ").Append(Verdict(f.UnfitForIntensive))
          .Append(" · non-intensive therapy: ").Append(Verdict(f.UnfitForNonIntensive)).Append(" [rel-ferrara2013]\n");
        foreach (FitnessCriterion c in f.Criteria.Where(c => c.Status != FitnessCriterionStatus.NotMet))
        {
            sb.Append("    · ").Append(c.Status == FitnessCriterionStatus.Met ? "MET " : "unknown ").Append(c.Criterion)
              .Append(": ").Append(c.Finding).Append('\n');
        }

        if (f.HctCi.Score is { } hctCi)
        {
            sb.Append("  HCT-CI ").Append(hctCi).Append(" (").Append(f.HctCi.Source).Append(", ").Append(f.HctCi.Group).Append(" risk)");
            if (f.HctCi.Source == "computed")
            {
                sb.Append(" — a minimum: only recorded comorbidities and labs count");
            }

            sb.Append(" [").Append(f.HctCi.Citation).Append("]\n");
        }

        static string Verdict(bool? unfit) => unfit switch
        {
            true => "unfit",
            false => "fit by every criterion",
            null => "cannot assess (see unknown criteria)",
        };
    }
}

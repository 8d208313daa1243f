using System.Globalization;
using System.Text;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.DiseaseStatus;

namespace AmlNavigator.Reports.Text;

public static partial class AssessmentTextReport
{
    private static void RenderDiseaseStatus(StringBuilder sb, CaseAssessment a)
    {
        DiseaseStatusAssessment s = a.DiseaseStatus;
        Heading(sb, "Disease status");
        sb.Append("  Category: ").Append(s.Category switch
        {
            DiseaseCategory.FirstRelapse => "first relapse",
            DiseaseCategory.SecondOrLaterRelapse => $"second or later relapse (relapse {s.RelapseNumber})",
            DiseaseCategory.PrimaryRefractory => "primary refractory",
            DiseaseCategory.NoRelapseRecorded => "no relapse recorded",
            _ => "cannot be determined from the case",
        });
        if (s.MolecularOnly == true)
        {
            sb.Append(", molecular only");
        }

        sb.Append('\n');
        if (s.FirstRemissionMonths is { } cr1)
        {
            sb.Append("  CR1 duration: ").Append(cr1.ToString("0.0", CultureInfo.InvariantCulture)).Append(" months → ")
              .Append(s.RelapseTiming == RelapseTiming.Early ? "early" : "late").Append(" relapse\n");
        }

        if (s.AfterAllogeneicTransplant)
        {
            sb.Append("  Relapse after allogeneic transplant");
            if (s.MonthsFromTransplantToRelapse is { } m)
            {
                sb.Append(", ").Append(m.ToString("0.0", CultureInfo.InvariantCulture)).Append(" months after it");
            }

            sb.Append('\n');
        }

        if (!s.Extramedullary.IsEmpty)
        {
            sb.Append("  Extramedullary: ").Append(string.Join(", ", s.Extramedullary)).Append('\n');
        }

        foreach (Basis b in s.Basis)
        {
            sb.Append("    · ").Append(b.Finding).Append(" [").Append(b.Citation).Append("]\n");
        }
    }
}

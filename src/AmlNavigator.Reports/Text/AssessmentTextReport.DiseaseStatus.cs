using System.Text;
using AmlNavigator.Domain.Assessment;

namespace AmlNavigator.Reports.Text;

public static partial class AssessmentTextReport
{
    private static void RenderDiseaseStatus(StringBuilder sb, CaseAssessment a)
    {
        _ = (sb, a);
    }
}

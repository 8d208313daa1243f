using System.Text;
using AmlNavigator.Domain.Assessment;

namespace AmlNavigator.Reports.Text;

public static partial class AssessmentTextReport
{
    private static void RenderPrognosis(StringBuilder sb, CaseAssessment a)
    {
        _ = (sb, a);
    }
}

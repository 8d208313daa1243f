using System.Globalization;
using System.Net;
using System.Text;

namespace AmlNavigator.Reports.Charts;

/// <summary>Inline SVG for the report charts (no scripts, prints as vector graphics).</summary>
public static class SvgCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(ChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data switch
        {
            ChartData.Timeline t => Timeline(t),
            ChartData.VafComparison v => Vaf(v),
            _ => "",
        };
    }

    private static string F(double v) => v.ToString("0.#", Inv);

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string Timeline(ChartData.Timeline t)
    {
        const double left = 20, width = 760, spanRow = 22, top = 30;
        double days = Math.Max(1, t.To.DayNumber - t.From.DayNumber);
        double X(DateOnly d) => left + ((d.DayNumber - t.From.DayNumber) / days * width);
        double eventsTop = top + (t.Spans.Length * spanRow) + 20;
        double height = eventsTop + (t.Events.Length * 18) + 30;
        StringBuilder sb = new();
        sb.Append(Inv, $"<svg class=\"chart timeline\" role=\"img\" viewBox=\"0 0 800 {F(height)}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(E(t.Title)).Append("</title>");
        sb.Append(Inv, $"<line x1=\"{F(left)}\" y1=\"{F(height - 22)}\" x2=\"{F(left + width)}\" y2=\"{F(height - 22)}\" stroke=\"#555\"/>");
        sb.Append(Inv, $"<text x=\"{F(left)}\" y=\"{F(height - 6)}\" font-size=\"11\">{t.From:yyyy-MM-dd}</text>");
        sb.Append(Inv, $"<text x=\"{F(left + width)}\" y=\"{F(height - 6)}\" font-size=\"11\" text-anchor=\"end\">{t.To:yyyy-MM-dd}</text>");
        int row = 0;
        foreach (TimelineSpan s in t.Spans)
        {
            double x1 = X(s.Start), x2 = s.End is { } end ? X(end) : x1 + 8;
            double y = top + (row++ * spanRow);
            sb.Append(Inv, $"<rect x=\"{F(x1)}\" y=\"{F(y)}\" width=\"{F(Math.Max(4, x2 - x1))}\" height=\"14\" fill=\"#4a78b5\"{(s.End is null ? " fill-opacity=\"0.5\"" : "")}/>");
            string label = s.End is null ? $"{s.Label} (from {s.Start:yyyy-MM-dd}, end not recorded)" : $"{s.Label} ({s.Start:yyyy-MM-dd} – {s.End:yyyy-MM-dd})";
            bool right = x2 < left + (width * 0.6);
            sb.Append(Inv, $"<text x=\"{F(right ? x2 + 6 : x1 - 6)}\" y=\"{F(y + 11)}\" font-size=\"11\"{(right ? "" : " text-anchor=\"end\"")}>{E(label)}</text>");
        }

        int e = 0;
        foreach (TimelineEvent ev in t.Events)
        {
            double x = X(ev.Date), y = eventsTop + (e++ * 18);
            string colour = ev.Kind switch { "relapse" => "#b3261e", "transplant" => "#6b3fa0", "response" => "#2e7d32", "as-of" => "#777", _ => "#222" };
            sb.Append(Inv, $"<line x1=\"{F(x)}\" y1=\"{F(top - 6)}\" x2=\"{F(x)}\" y2=\"{F(height - 22)}\" stroke=\"{colour}\" stroke-dasharray=\"3 3\" stroke-width=\"1\"/>");
            sb.Append(Inv, $"<circle cx=\"{F(x)}\" cy=\"{F(y - 4)}\" r=\"4\" fill=\"{colour}\"/>");
            bool right = x < left + (width * 0.6);
            sb.Append(Inv, $"<text x=\"{F(right ? x + 8 : x - 8)}\" y=\"{F(y)}\" font-size=\"11\" fill=\"{colour}\"{(right ? "" : " text-anchor=\"end\"")}>{E($"{ev.Label} {ev.Date:yyyy-MM-dd}")}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    private static string Vaf(ChartData.VafComparison v)
    {
        const double labelWidth = 170, barWidth = 420, rowHeight = 36, top = 24;
        double height = top + (v.Rows.Length * rowHeight) + 10;
        StringBuilder sb = new();
        sb.Append(Inv, $"<svg class=\"chart vaf\" role=\"img\" viewBox=\"0 0 800 {F(height)}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(E(v.Title)).Append("</title>");
        sb.Append(Inv, $"<rect x=\"{F(labelWidth)}\" y=\"4\" width=\"10\" height=\"10\" fill=\"#9aa7b8\"/><text x=\"{F(labelWidth + 14)}\" y=\"13\" font-size=\"11\">diagnosis</text>");
        sb.Append(Inv, $"<rect x=\"{F(labelWidth + 90)}\" y=\"4\" width=\"10\" height=\"10\" fill=\"#1f4e8c\"/><text x=\"{F(labelWidth + 104)}\" y=\"13\" font-size=\"11\">relapse</text>");
        sb.Append(Inv, $"<text x=\"{F(labelWidth + barWidth)}\" y=\"13\" font-size=\"11\" text-anchor=\"end\">VAF 0 – 1.0</text>");
        int i = 0;
        foreach (VafRow r in v.Rows)
        {
            double y = top + (i++ * rowHeight);
            sb.Append(Inv, $"<text x=\"0\" y=\"{F(y + 16)}\" font-size=\"12\">{E(r.Label)}</text>");
            Bar(sb, labelWidth, barWidth, y + 2, r.Diagnosis, "#9aa7b8");
            Bar(sb, labelWidth, barWidth, y + 15, r.Relapse, "#1f4e8c");
            if (r.Note is not null)
            {
                sb.Append(Inv, $"<text x=\"0\" y=\"{F(y + 29)}\" font-size=\"10\" fill=\"#555\">{E(r.Note)}</text>");
            }
        }

        return sb.Append("</svg>").ToString();
    }

    private static void Bar(StringBuilder sb, double x, double width, double y, VafPoint point, string colour)
    {
        sb.Append(Inv, $"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(width)}\" height=\"11\" fill=\"none\" stroke=\"{(point.State == VafState.NotTested ? "#e0a000\" stroke-dasharray=\"2 2" : "#ddd")}\"/>");
        if (point.Vaf is { } value)
        {
            sb.Append(Inv, $"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(Math.Clamp(value, 0, 1) * width)}\" height=\"11\" fill=\"{colour}\"/>");
        }

        sb.Append(Inv, $"<text x=\"{F(x + width + 6)}\" y=\"{F(y + 10)}\" font-size=\"10\">{E(point.Describe())}</text>");
    }
}

using System.Collections.Immutable;
using System.Globalization;
using AmlNavigator.Reports.Charts;
using AmlNavigator.Reports.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AmlNavigator.Reports.Pdf;

/// <summary>
/// Lays out a <see cref="ReportDocument"/> on A4 pages with PDFsharp (MIT, 6.2.4; see docs/adr/0006-pdf.md): flowed
/// text with wrapping, tables, boxed notices, the two charts, page numbers and the disclaimer in every footer.
/// </summary>
public static class PdfRenderer
{
    private const double PageWidth = 595, PageHeight = 842, Margin = 48, Bottom = PageHeight - Margin - 18;
    private static readonly XColor Ink = XColor.FromArgb(27, 27, 27);
    private static readonly XColor Accent = XColor.FromArgb(31, 78, 140);
    private static readonly XColor Grey = XColor.FromArgb(102, 102, 102);

    /// <summary>Renders the document; <paramref name="documentDate"/> is written as the PDF's dates (no clock).</summary>
    public static byte[] Render(ReportDocument document, DateOnly documentDate)
    {
        ArgumentNullException.ThrowIfNull(document);
        SystemFontResolver.EnsureInstalled();
        using PdfDocument pdf = new();
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.Subtitle;
        pdf.Info.Creator = "AML Navigator";
        DateTime date = documentDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        Layout layout = new(pdf, document);
        layout.Run();
        using MemoryStream stream = new();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    private sealed class Layout(PdfDocument pdf, ReportDocument document)
    {
        private readonly XFont _body = new(SystemFontResolver.Family, document.Audience == "patient" ? 11 : 9.5);
        private readonly XFont _bold = new(SystemFontResolver.Family, document.Audience == "patient" ? 11 : 9.5, XFontStyleEx.Bold);
        private readonly XFont _small = new(SystemFontResolver.Family, 7.5);
        private readonly List<PdfPage> _pages = [];
        private XGraphics? _gfx;
        private double _y;

        private XGraphics G => _gfx!;

        public void Run()
        {
            NewPage();
            Text(document.Title, new XFont(SystemFontResolver.Family, 17, XFontStyleEx.Bold), Accent, 0);
            Flow([new Inline.Text(document.Subtitle, Muted: true)], 0, PageWidth - (2 * Margin));
            _y += 6;
            foreach (Block block in document.Blocks)
            {
                RenderBlock(block, 0);
            }

            if (!document.References.IsEmpty)
            {
                Heading(1, document.Audience == "patient" ? "Where this comes from" : "References");
                Flow([new Inline.Text($"Knowledge base version {document.KnowledgeBaseVersion}.")], 0, PageWidth - (2 * Margin));
                int n = 1;
                foreach (Reference r in document.References)
                {
                    Flow([new Inline.Text($"{n++}. {r.Key}: ", Strong: true), new Inline.Text(r.Describe())], 0, PageWidth - (2 * Margin));
                }
            }

            _gfx?.Dispose();
            Footers();
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            PdfPage page = pdf.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            _pages.Add(page);
            _gfx = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        private void Need(double height)
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }
        }

        private void Footers()
        {
            for (int i = 0; i < _pages.Count; i++)
            {
                using XGraphics g = XGraphics.FromPdfPage(_pages[i], XGraphicsPdfPageOptions.Append);
                string left = document.Audience == "patient"
                    ? "This summary helps you talk with your care team. It does not make decisions."
                    : "Decision support, not decision making. Verify every statement against its source.";
                g.DrawString(left, _small, new XSolidBrush(Grey), new XPoint(Margin, PageHeight - Margin + 8));
                g.DrawString($"{document.Subtitle}  ·  page {i + 1} of {_pages.Count}", _small, new XSolidBrush(Grey),
                    new XPoint(Margin, PageHeight - Margin + 18));
            }
        }

        private void Text(string text, XFont font, XColor colour, double indent)
        {
            double h = font.GetHeight();
            Need(h);
            G.DrawString(text, font, new XSolidBrush(colour), new XRect(Margin + indent, _y, PageWidth - (2 * Margin) - indent, h), XStringFormats.TopLeft);
            _y += h + 2;
        }

        private void Heading(int level, string text)
        {
            double size = level switch { 1 => 13.5, 2 => 11.5, _ => 10.5 };
            XFont font = new(SystemFontResolver.Family, size, XFontStyleEx.Bold);
            Need(font.GetHeight() + 30);
            _y += level == 1 ? 10 : 5;
            Text(text, font, level == 1 ? Accent : Ink, 0);
            if (level == 1)
            {
                G.DrawLine(new XPen(Accent, 1), Margin, _y - 1, PageWidth - Margin, _y - 1);
                _y += 3;
            }
        }

        private void RenderBlock(Block block, double indent)
        {
            double width = PageWidth - (2 * Margin) - indent;
            switch (block)
            {
                case Block.Heading h:
                    Heading(h.Level, h.Text);
                    break;
                case Block.Paragraph p:
                    Flow(p.Content, indent, width);
                    _y += 3;
                    break;
                case Block.BulletList l:
                    foreach (ImmutableArray<Inline> item in l.Items)
                    {
                        Need(_body.GetHeight());
                        G.DrawString("•", _body, new XSolidBrush(Ink), new XRect(Margin + indent + 4, _y, 10, _body.GetHeight()), XStringFormats.TopLeft);
                        Flow(item, indent + 14, width - 14);
                    }

                    _y += 3;
                    break;
                case Block.Definitions d:
                    Table(null, [.. d.Items.Select(i => ImmutableArray.Create<ImmutableArray<Inline>>([new Inline.Text(i.Term, Strong: true)], i.Value))], indent, width, [0.34, 0.66]);
                    break;
                case Block.Table t:
                    Table(t.Columns, t.Rows, indent, width, null);
                    break;
                case Block.Notice n:
                    double top = _y;
                    _y += 4;
                    int pageBefore = _pages.Count;
                    Flow(n.Content, indent + 6, width - 12);
                    _y += 4;
                    if (_pages.Count == pageBefore)
                    {
                        G.DrawRectangle(new XPen(n.Kind == "warning" ? XColor.FromArgb(179, 38, 30) : Accent, 0.8), Margin + indent, top, width, _y - top);
                    }

                    _y += 6;
                    break;
                case Block.Details d:
                    Flow([new Inline.Text(d.Summary + ":", Muted: true)], indent, width);
                    foreach (Block inner in d.Body)
                    {
                        RenderBlock(inner, indent + 8);
                    }

                    break;
                case Block.Chart c:
                    Chart(c.Data, indent, width);
                    break;
                default:
                    break;
            }
        }

        private sealed record Word(string Text, XFont Font, XColor Colour, bool SpaceBefore);

        private List<Word> Words(ImmutableArray<Inline> inlines)
        {
            List<Word> words = [];
            bool pendingSpace = false;
            foreach (Inline inline in inlines)
            {
                (string text, XFont font, XColor colour) = inline switch
                {
                    Inline.Text t => (t.Value, t.Strong ? _bold : _body, t.Muted ? Grey : Ink),
                    Inline.Cite c => ($"[{c.Key}]", _small, Accent),
                    Inline.Badge b => ($"[{b.Value}]", _bold, Accent),
                    _ => ("", _body, Ink),
                };
                bool first = true;
                foreach (string part in text.Split(' '))
                {
                    if (part.Length == 0)
                    {
                        pendingSpace = true;
                        first = false;
                        continue;
                    }

                    words.Add(new Word(part, font, colour, words.Count > 0 && (pendingSpace || !first || inline is Inline.Cite or Inline.Badge)));
                    pendingSpace = false;
                    first = false;
                }
            }

            return words;
        }

        /// <summary>Lays out inline content in lines within <paramref name="width"/>; returns the lines drawn.</summary>
        private void Flow(ImmutableArray<Inline> inlines, double indent, double width) => FlowAt(inlines, Margin + indent, width, draw: true);

        private double FlowAt(ImmutableArray<Inline> inlines, double x0, double width, bool draw, double? atY = null)
        {
            List<Word> words = Words(inlines);
            double lineHeight = _body.GetHeight() + 1.5;
            double y = atY ?? _y;
            double x = 0;
            int lines = words.Count == 0 ? 0 : 1;
            if (draw && atY is null)
            {
                Need(lineHeight);
                y = _y;
            }

            foreach (Word w in words)
            {
                double space = w.SpaceBefore && x > 0 ? G.MeasureString(" ", _body).Width : 0;
                double ww = G.MeasureString(w.Text, w.Font).Width;
                if (x > 0 && x + space + ww > width)
                {
                    lines++;
                    y += lineHeight;
                    x = 0;
                    space = 0;
                    if (draw && atY is null && y + lineHeight > Bottom)
                    {
                        NewPage();
                        y = _y;
                    }
                }

                if (draw)
                {
                    double offset = w.Font.Size < _body.Size ? -1 : 0;
                    G.DrawString(w.Text, w.Font, new XSolidBrush(w.Colour), new XRect(x0 + x + space, y + offset, Math.Min(ww + 2, width), lineHeight), XStringFormats.TopLeft);
                }

                x += space + ww;
            }

            double height = lines * lineHeight;
            if (draw && atY is null)
            {
                _y = y + (lines > 0 ? lineHeight : 0);
            }

            return height;
        }

        private void Table(ImmutableArray<string>? columns, ImmutableArray<ImmutableArray<ImmutableArray<Inline>>> rows, double indent, double width, double[]? fractions)
        {
            int count = columns?.Length ?? (rows.IsEmpty ? 0 : rows[0].Length);
            if (count == 0)
            {
                return;
            }

            double[] widths = fractions is not null ? [.. fractions.Select(f => f * width)] : [.. Enumerable.Repeat(width / count, count)];
            const double pad = 3;
            if (columns is { } header)
            {
                Row([.. header.Select(h => ImmutableArray.Create<Inline>(new Inline.Text(h, Strong: true)))], shade: true);
            }

            foreach (ImmutableArray<ImmutableArray<Inline>> row in rows)
            {
                Row(row, shade: false);
            }

            _y += 4;

            void Row(ImmutableArray<ImmutableArray<Inline>> cells, bool shade)
            {
                double height = 0;
                for (int i = 0; i < count && i < cells.Length; i++)
                {
                    height = Math.Max(height, FlowAt(cells[i], 0, widths[i] - (2 * pad), draw: false, atY: 0));
                }

                height += 2 * pad;
                Need(height);
                double x = Margin + indent;
                for (int i = 0; i < count; i++)
                {
                    XRect cell = new(x, _y, widths[i], height);
                    if (shade)
                    {
                        G.DrawRectangle(new XSolidBrush(XColor.FromArgb(238, 242, 247)), cell);
                    }

                    G.DrawRectangle(new XPen(XColor.FromArgb(204, 204, 204), 0.5), cell);
                    if (i < cells.Length)
                    {
                        FlowAt(cells[i], x + pad, widths[i] - (2 * pad), draw: true, atY: _y + pad);
                    }

                    x += widths[i];
                }

                _y += height;
            }
        }

        private void Chart(ChartData data, double indent, double width)
        {
            switch (data)
            {
                case ChartData.Timeline t:
                    Timeline(t, indent, width);
                    break;
                case ChartData.VafComparison v:
                    Vaf(v, indent, width);
                    break;
                default:
                    break;
            }
        }

        private void Timeline(ChartData.Timeline t, double indent, double width)
        {
            double rowH = 13, height = 24 + (t.Spans.Length * rowH) + (t.Events.Length * 11) + 24;
            Need(height);
            Heading(3, t.Title);
            double left = Margin + indent, top = _y, span = Math.Max(1, t.To.DayNumber - t.From.DayNumber);
            double X(DateOnly d) => left + ((d.DayNumber - t.From.DayNumber) / span * width * 0.98);
            int r = 0;
            foreach (TimelineSpan s in t.Spans)
            {
                double x1 = X(s.Start), x2 = s.End is { } e ? X(e) : x1 + 5, y = top + (r++ * rowH);
                G.DrawRectangle(new XSolidBrush(XColor.FromArgb(s.End is null ? 128 : 255, 74, 120, 181)), x1, y, Math.Max(3, x2 - x1), 9);
                string label = s.End is null ? $"{s.Label} (from {D(s.Start)}, end not recorded)" : $"{s.Label} ({D(s.Start)} – {D(s.End.Value)})";
                double lw = G.MeasureString(label, _small).Width;
                double lx = x2 + 4 + lw < left + width ? x2 + 4 : Math.Max(left, x1 - 4 - lw);
                G.DrawString(label, _small, new XSolidBrush(Ink), new XPoint(lx, y + 7.5));
            }

            double ey = top + (t.Spans.Length * rowH) + 8;
            foreach (TimelineEvent ev in t.Events)
            {
                double x = X(ev.Date);
                XColor c = ev.Kind switch { "relapse" => XColor.FromArgb(179, 38, 30), "transplant" => XColor.FromArgb(107, 63, 160), "response" => XColor.FromArgb(46, 125, 50), "as-of" => Grey, _ => Ink };
                G.DrawLine(new XPen(c, 0.5) { DashStyle = XDashStyle.Dash }, x, top - 2, x, top + height - 30);
                G.DrawEllipse(new XSolidBrush(c), x - 2.5, ey - 5, 5, 5);
                string label = $"{ev.Label} {D(ev.Date)}";
                double lw = G.MeasureString(label, _small).Width;
                G.DrawString(label, _small, new XSolidBrush(c), new XPoint(x + 4 + lw < left + width ? x + 4 : x - 4 - lw, ey));
                ey += 11;
            }

            double axis = top + height - 28;
            G.DrawLine(new XPen(Grey, 0.7), left, axis, left + (width * 0.98), axis);
            G.DrawString(D(t.From), _small, new XSolidBrush(Grey), new XPoint(left, axis + 9));
            G.DrawString(D(t.To), _small, new XSolidBrush(Grey), new XPoint(left + (width * 0.98) - G.MeasureString(D(t.To), _small).Width, axis + 9));
            _y = axis + 16;
        }

        private void Vaf(ChartData.VafComparison v, double indent, double width)
        {
            double rowH = 27;
            Need(30 + (v.Rows.Length * rowH));
            Heading(3, v.Title + " (light: diagnosis, dark: relapse)");
            double labelW = 120, barW = (width - labelW) * 0.5, x0 = Margin + indent + labelW;
            foreach (VafRow r in v.Rows)
            {
                G.DrawString(r.Label, _body, new XSolidBrush(Ink), new XPoint(Margin + indent, _y + 12));
                Bar(r.Diagnosis, x0, _y + 1, barW, XColor.FromArgb(154, 167, 184));
                Bar(r.Relapse, x0, _y + 11, barW, XColor.FromArgb(31, 78, 140));
                if (r.Note is not null)
                {
                    G.DrawString(r.Note, _small, new XSolidBrush(Grey), new XPoint(Margin + indent, _y + 21));
                }

                _y += rowH;
            }

            _y += 4;
        }

        private void Bar(VafPoint p, double x, double y, double w, XColor colour)
        {
            XPen outline = new(p.State == VafState.NotTested ? XColor.FromArgb(224, 160, 0) : XColor.FromArgb(210, 210, 210), 0.5);
            if (p.State == VafState.NotTested)
            {
                outline.DashStyle = XDashStyle.Dash;
            }

            G.DrawRectangle(outline, x, y, w, 8);
            if (p.Vaf is { } vaf)
            {
                G.DrawRectangle(new XSolidBrush(colour), x, y, Math.Clamp(vaf, 0, 1) * w, 8);
            }

            G.DrawString(p.Describe(), _small, new XSolidBrush(Ink), new XPoint(x + w + 4, y + 7));
        }

        private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

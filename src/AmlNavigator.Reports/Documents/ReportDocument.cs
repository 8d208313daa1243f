using System.Collections.Immutable;
using AmlNavigator.Domain.Knowledge;

namespace AmlNavigator.Reports.Documents;

/// <summary>
/// A report as a small tree of blocks, rendered to HTML (<see cref="HtmlRenderer"/>) and to PDF
/// (<see cref="Pdf.PdfRenderer"/>) from the same content, so the two formats never disagree.
/// </summary>
/// <param name="Title">Document title.</param>
/// <param name="Subtitle">Line under the title (case, date, versions).</param>
/// <param name="Blocks">Body blocks in order.</param>
/// <param name="References">Every citation used, in order of first use, resolved against the knowledge base.</param>
/// <param name="KnowledgeBaseVersion">Version of the knowledge base the statements come from.</param>
/// <param name="Audience">clinician | patient (styles differ).</param>
public sealed record ReportDocument(
    string Title, string Subtitle, ImmutableArray<Block> Blocks, ImmutableArray<Reference> References,
    string KnowledgeBaseVersion, string Audience);

/// <summary>A cited source: its key, and the knowledge base's entry when the key is known.</summary>
public sealed record Reference(string Key, Citation? Citation)
{
    public string Describe()
    {
        if (Citation is null)
        {
            return $"{Key} (not in this knowledge base: verify the source)";
        }

        List<string> parts = [Citation.Title];
        if (Citation.Version is { Length: > 0 } v)
        {
            parts.Add("version " + v);
        }

        if (Citation.Pmid is { Length: > 0 } pmid)
        {
            parts.Add("PMID " + pmid);
        }

        if (Citation.Doi is { Length: > 0 } doi)
        {
            parts.Add("doi:" + doi);
        }

        if (Citation.Url is { Length: > 0 } url)
        {
            parts.Add(url);
        }

        return string.Join(" · ", parts);
    }
}

/// <summary>One body block.</summary>
public abstract record Block
{
    private Block()
    {
    }

    public sealed record Heading(int Level, string Text) : Block;

    public sealed record Paragraph(ImmutableArray<Inline> Content) : Block;

    public sealed record BulletList(ImmutableArray<ImmutableArray<Inline>> Items) : Block;

    public sealed record Definitions(ImmutableArray<Definition> Items) : Block;

    public sealed record Table(ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<ImmutableArray<Inline>>> Rows) : Block;

    /// <summary>A boxed notice (disclaimer, unknowns); <paramref name="Kind"/> is info | warning.</summary>
    public sealed record Notice(string Kind, ImmutableArray<Inline> Content) : Block;

    /// <summary>Content shown on demand (e.g. the basis of a value).</summary>
    public sealed record Details(string Summary, ImmutableArray<Block> Body) : Block;

    public sealed record Chart(Charts.ChartData Data) : Block;
}

/// <summary>A term and its value.</summary>
public sealed record Definition(string Term, ImmutableArray<Inline> Value);

/// <summary>Inline content.</summary>
public abstract record Inline
{
    private Inline()
    {
    }

    public sealed record Text(string Value, bool Strong = false, bool Muted = false) : Inline;

    /// <summary>A citation marker; renders as the key linked to the reference list.</summary>
    public sealed record Cite(string Key) : Inline;

    /// <summary>A short status label (suitability, fit, group) with a style class.</summary>
    public sealed record Badge(string Value) : Inline;
}

/// <summary>Collects blocks and the citations they use.</summary>
public sealed class DocumentBuilder(KnowledgeBase knowledge)
{
    private readonly List<Block> _blocks = [];
    private readonly List<string> _citationOrder = [];

    public KnowledgeBase Knowledge { get; } = knowledge ?? throw new ArgumentNullException(nameof(knowledge));

    public DocumentBuilder Add(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _blocks.Add(block);
        Collect(block);
        return this;
    }

    public DocumentBuilder Heading(int level, string text) => Add(new Block.Heading(level, text));

    public DocumentBuilder Paragraph(params Inline[] content) => Add(new Block.Paragraph([.. content]));

    public DocumentBuilder Paragraph(string text) => Add(new Block.Paragraph([new Inline.Text(text)]));

    public DocumentBuilder Bullets(IEnumerable<string> items) =>
        Add(new Block.BulletList([.. items.Select(i => ImmutableArray.Create<Inline>(new Inline.Text(i)))]));

    public bool IsCitation(string key) => Knowledge.Citations.ContainsKey(key);

    public ReportDocument Build(string title, string subtitle, string audience) =>
        new(title, subtitle, [.. _blocks],
            [.. _citationOrder.Select(k => new Reference(k, Knowledge.Citations.GetValueOrDefault(k)))],
            Knowledge.Version, audience);

    private void Collect(Block block)
    {
        switch (block)
        {
            case Block.Paragraph p:
                CollectInlines(p.Content);
                break;
            case Block.BulletList l:
                l.Items.ToList().ForEach(CollectInlines);
                break;
            case Block.Definitions d:
                d.Items.ToList().ForEach(i => CollectInlines(i.Value));
                break;
            case Block.Table t:
                t.Rows.SelectMany(r => r).ToList().ForEach(CollectInlines);
                break;
            case Block.Notice n:
                CollectInlines(n.Content);
                break;
            case Block.Details d:
                d.Body.ToList().ForEach(Collect);
                break;
            default:
                break;
        }
    }

    private void CollectInlines(ImmutableArray<Inline> inlines)
    {
        foreach (Inline.Cite cite in inlines.OfType<Inline.Cite>())
        {
            if (!_citationOrder.Contains(cite.Key))
            {
                _citationOrder.Add(cite.Key);
            }
        }
    }
}

using PdfSharp.Fonts;

namespace AmlNavigator.Reports.Pdf;

/// <summary>
/// PDFsharp's core build has no font discovery on Linux: this resolver serves DejaVu Sans (or Liberation Sans) from
/// the system font folders, or from <c>AMLNAV_FONT_DIR</c>. Debian: <c>apt-get install fonts-dejavu-core</c>.
/// The fonts are embedded (subset) in every PDF, so the PDF looks the same everywhere.
/// </summary>
internal sealed class SystemFontResolver : IFontResolver
{
    public const string Family = "AmlNavigator Sans";

    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ];

    private static readonly Lazy<(string Regular, string Bold)> Files = new(Find);
    private static readonly object Gate = new();
    private static bool _installed;

    /// <summary>Installs the resolver once per process (PDFsharp allows setting it only once).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new SystemFontResolver();
            }

            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "amlnav-bold" : "amlnav-regular");

    public byte[]? GetFont(string faceName) =>
        File.ReadAllBytes(faceName == "amlnav-bold" ? Files.Value.Bold : Files.Value.Regular);

    private static (string Regular, string Bold) Find()
    {
        List<string> folders = [];
        if (Environment.GetEnvironmentVariable("AMLNAV_FONT_DIR") is { Length: > 0 } custom)
        {
            folders.Add(custom);
        }

        folders.AddRange(["/usr/share/fonts", "/usr/local/share/fonts", "/usr/share/fonts/truetype", "/Library/Fonts", "/System/Library/Fonts",
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts")]);
        foreach ((string regular, string bold) in Candidates)
        {
            foreach (string folder in folders.Where(Directory.Exists))
            {
                string? r = Directory.EnumerateFiles(folder, regular, SearchOption.AllDirectories).FirstOrDefault();
                string? b = Directory.EnumerateFiles(folder, bold, SearchOption.AllDirectories).FirstOrDefault();
                if (r is not null)
                {
                    return (r, b ?? r);
                }
            }
        }

        throw new InvalidOperationException(
            "No font for PDF output: install DejaVu Sans (Debian: apt-get install fonts-dejavu-core) or set AMLNAV_FONT_DIR to a folder holding DejaVuSans.ttf.");
    }
}

using System.Text;

using AmlNavigator.Testing;

namespace AmlNavigator.Domain.Tests.Cytogenetics;

/// <summary>The shared real-world ISCN strings (read in place from ../shared/data; never copied into the repository).</summary>
internal static class KaryotypeCorpus
{
    public sealed record Entry(string Source, string Id, string Text);

    public static bool Available => SharedData.Directory is not null;

    public const string MissingMessage = "Shared data folder not found (../shared/data or AMLNAV_SHARED_DATA); corpus test skipped.";

    public static IReadOnlyList<Entry> All() => [.. Mitelman(), .. Lrcg(), .. CytoGps(), .. Tcga().Select(t => new Entry("tcga-laml", t.Id, t.Karyotype))];

    public static IEnumerable<Entry> Mitelman() => AtAtFile("iscn-mitelman-kparser/MD_mitelman_karyotypes.txt", "mitelman");

    public static IEnumerable<Entry> Lrcg() => AtAtFile("iscn-mitelman-kparser/LRCG_karyotypes.txt", "lrcg");

    private static IEnumerable<Entry> AtAtFile(string relative, string source)
    {
        foreach (string line in File.ReadLines(SharedData.PathOf(relative)))
        {
            int at = line.IndexOf("@@", StringComparison.Ordinal);
            if (at >= 0)
            {
                yield return new Entry(source, line[..at], line[(at + 2)..]);
            }
        }
    }

    /// <summary>CytoGPS clinical strings (startKaryotypes.csv: row, Pt, Status, Karyotype, …) plus the example inputs.</summary>
    public static IEnumerable<Entry> CytoGps()
    {
        bool header = true;
        foreach (List<string> row in Csv(File.ReadAllText(SharedData.PathOf("iscn-cytogps/startKaryotypes.csv"))))
        {
            if (header)
            {
                header = false;
                continue;
            }

            if (row.Count >= 4)
            {
                yield return new Entry("cytogps", row[0], row[3]);
            }
        }

        foreach (string file in new[] { "input1.txt", "input2.txt" })
        {
            int n = 0;
            foreach (string line in File.ReadLines(SharedData.PathOf("iscn-cytogps/" + file)))
            {
                n++;
                if (line.Length > 0)
                {
                    yield return new Entry("cytogps", $"{file}:{n}", line);
                }
            }
        }
    }

    public sealed record TcgaRow(string Id, string Karyotype, string Classification, string Risk);

    /// <summary>TCGA-LAML Table S1: patient id, Cytogenetics, Cytogenetic Classification, RISK (Cyto).</summary>
    public static IEnumerable<TcgaRow> Tcga()
    {
        string[] lines = File.ReadAllLines(SharedData.PathOf("tcga-laml/TCGA_LAML_NEJM2013_TableS01_clinical.tsv"));
        string[] head = lines[0].Split('\t');
        int id = Array.IndexOf(head, "TCGA Patient ID");
        int cyto = Array.IndexOf(head, "Cytogenetics");
        int cls = Array.IndexOf(head, "Cytogenetic Classification");
        int risk = Array.IndexOf(head, "RISK (Cyto)");
        foreach (string line in lines.Skip(1))
        {
            string[] f = line.Split('\t');
            if (f.Length > risk)
            {
                yield return new TcgaRow(f[id], f[cyto], f[cls], f[risk]);
            }
        }
    }

    private static IEnumerable<List<string>> Csv(string text)
    {
        List<string> row = [];
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                yield return row;
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}

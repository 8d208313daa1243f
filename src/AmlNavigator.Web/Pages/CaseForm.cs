using System.Text;
using static AmlNavigator.Web.Pages.Layout;

namespace AmlNavigator.Web.Pages;

/// <summary>
/// The new/edit case form. The fields and the JSON editor are two views of one case document; every change is sent to
/// <c>POST /api/v1/validate</c> (the same reader as <c>amlnav validate</c>) and the located errors are listed and the
/// matching fields outlined as you type. Save posts (new) or puts (edit) the JSON to the API.
/// </summary>
internal static class CaseForm
{
    private sealed record Field(string Path, string Label, string Type, string? Options = null, string? Hint = null);

    private static readonly Field[] Fields =
    [
        new("/id", "Case id", "text", Hint: "required; letters, digits, dashes"),
        new("/context/jurisdiction", "Jurisdiction (approvals)", "select", "|US|EU"),
        new("/patient/ageAtDiagnosis", "Age at diagnosis (years)", "number"),
        new("/patient/sex", "Sex", "select", "|female|male|other|unknown"),
        new("/patient/ecog", "ECOG (0–4)", "number"),
        new("/patient/hctCi", "HCT-CI", "number"),
        new("/patient/comorbidities", "Comorbidities (comma-separated HCT-CI items)", "list"),
        new("/diagnosis/date", "Diagnosis date", "date"),
        new("/diagnosis/amlType", "AML type", "select", "|de-novo|secondary|therapy-related"),
        new("/diagnosis/genetics/karyotype", "Karyotype at diagnosis (ISCN)", "text"),
        new("/diagnosis/genetics/testedGenes", "Genes tested at diagnosis (comma-separated)", "list"),
        new("/relapse/date", "Relapse date", "date"),
        new("/relapse/number", "Relapse number", "number"),
        new("/relapse/marrowBlastPercent", "Marrow blasts at relapse (%)", "number"),
        new("/relapse/genetics/karyotype", "Karyotype at relapse (ISCN)", "text"),
        new("/relapse/genetics/testedGenes", "Genes tested at relapse (comma-separated)", "list"),
        new("/preferences/transplantWilling", "Willing to consider transplant", "select", "|true|false"),
    ];

    public static IResult Render(string? caseId, string? caseJson)
    {
        bool editing = caseId is not null;
        string json = caseJson ?? "{\n  \"id\": \"\",\n  \"therapies\": [],\n  \"medications\": []\n}";
        StringBuilder sb = new();
        sb.Append("<h1>").Append(editing ? "Edit case " + E(caseId) : "New case").Append("</h1>");
        sb.Append("<p>Fill in what is known. <strong>Leave unknown things empty</strong>: empty means unknown, never normal or negative. ")
          .Append("Variants, therapies, transplants, labs and medicines go in the JSON below (CONTRACT §2).</p>");
        sb.Append("<form id=\"case-form\" onsubmit=\"return false\"><div class=\"grid\">");
        foreach (Field f in Fields)
        {
            string id = "f" + f.Path.Replace('/', '-');
            sb.Append("<div><label for=\"").Append(id).Append("\">").Append(E(f.Label)).Append("</label>");
            if (f.Type == "select")
            {
                sb.Append("<select id=\"").Append(id).Append("\" data-path=\"").Append(f.Path).Append("\" data-type=\"")
                  .Append(f.Path.EndsWith("Willing", StringComparison.Ordinal) ? "bool" : "string").Append("\">");
                foreach (string o in f.Options!.Split('|'))
                {
                    sb.Append("<option value=\"").Append(E(o)).Append("\">").Append(o.Length == 0 ? "unknown" : E(o)).Append("</option>");
                }

                sb.Append("</select>");
            }
            else
            {
                string inputType = f.Type is "number" or "date" ? f.Type : "text";
                sb.Append("<input id=\"").Append(id).Append("\" type=\"").Append(inputType).Append("\" data-path=\"").Append(f.Path)
                  .Append("\" data-type=\"").Append(f.Type is "list" ? "list" : f.Type is "number" ? "number" : "string").Append('"');
                if (f.Type == "number")
                {
                    sb.Append(" step=\"any\"");
                }

                if (f.Path == "/id" && editing)
                {
                    sb.Append(" readonly");
                }

                sb.Append('>');
            }

            if (f.Hint is not null)
            {
                sb.Append("<small>").Append(E(f.Hint)).Append("</small>");
            }

            sb.Append("</div>");
        }

        sb.Append("</div>");
        sb.Append("<label for=\"case-json\">Case JSON</label><textarea id=\"case-json\" rows=\"18\" spellcheck=\"false\">").Append(E(json)).Append("</textarea>");
        sb.Append("<div id=\"validation\" aria-live=\"polite\"></div>");
        sb.Append("<div class=\"actions\"><button type=\"button\" id=\"save\">").Append(editing ? "Save new version" : "Create case").Append("</button></div>");
        sb.Append("</form>");
        return Html(editing ? "Edit case" : "New case", sb.ToString(), Script(editing ? caseId : null));
    }

    private static string Script(string? editingId) =>
        "const editingId = " + (editingId is null ? "null" : System.Text.Json.JsonSerializer.Serialize(editingId)) + ";\n" + """
        const area = document.getElementById('case-json');
        const fields = [...document.querySelectorAll('[data-path]')];
        const box = document.getElementById('validation');
        let timer = null, lastValid = false;
        const esc = s => String(s).replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
        function parse() { try { return JSON.parse(area.value); } catch { return null; } }
        function getAt(obj, path) { return path.split('/').slice(1).reduce((o, k) => (o && typeof o === 'object') ? o[k] : undefined, obj); }
        function setAt(obj, path, value) {
          const keys = path.split('/').slice(1); let o = obj;
          for (const k of keys.slice(0, -1)) { if (typeof o[k] !== 'object' || o[k] === null) o[k] = {}; o = o[k]; }
          const last = keys[keys.length - 1];
          if (value === undefined) delete o[last]; else o[last] = value;
        }
        function fieldValue(f) {
          const v = f.value.trim();
          if (v === '') return undefined;
          switch (f.dataset.type) {
            case 'number': return Number(v);
            case 'bool': return v === 'true';
            case 'list': return v.split(',').map(s => s.trim()).filter(s => s.length > 0);
            default: return v;
          }
        }
        function fillFields(doc) {
          for (const f of fields) {
            const v = doc ? getAt(doc, f.dataset.path) : undefined;
            if (document.activeElement === f) continue;
            f.value = v === undefined || v === null ? '' : Array.isArray(v) ? v.join(', ') : String(v);
          }
        }
        function onField(e) {
          const doc = parse();
          if (!doc) { show([{path: '/', code: 'json-invalid', message: 'Fix the JSON below first.'}]); return; }
          setAt(doc, e.target.dataset.path, fieldValue(e.target));
          area.value = JSON.stringify(doc, null, 2);
          schedule();
        }
        function show(errors, warnings) {
          for (const f of fields) f.classList.remove('field-error');
          lastValid = errors.length === 0;
          if (lastValid) {
            box.innerHTML = '<div class="ok" id="valid">The case is valid.' + ((warnings || []).length ? ' Warnings:<ul>' + warnings.map(w => '<li><code>' + esc(w.path || '/') + '</code>: ' + esc(w.message) + ' [' + esc(w.code) + ']</li>').join('') + '</ul>' : '') + '</div>';
            return;
          }
          box.innerHTML = '<div class="errors" id="errors"><strong>Not valid yet:</strong><ul>' +
            errors.map(e => '<li><code>' + esc(e.path || '/') + '</code>: ' + esc(e.message) + ' [' + esc(e.code) + ']</li>').join('') + '</ul></div>';
          for (const e of errors) for (const f of fields) if (e.path && (e.path === f.dataset.path || e.path.startsWith(f.dataset.path + '/'))) f.classList.add('field-error');
        }
        async function validate() {
          const r = await fetch('/api/v1/validate', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: area.value});
          const body = await r.json();
          show(body.errors || [], body.warnings || []);
        }
        function schedule() { clearTimeout(timer); timer = setTimeout(validate, 250); }
        fields.forEach(f => f.addEventListener('input', onField));
        fields.forEach(f => f.addEventListener('change', onField));
        area.addEventListener('input', () => { fillFields(parse()); schedule(); });
        document.getElementById('save').addEventListener('click', async () => {
          const doc = parse();
          const url = editingId ? '/api/v1/cases/' + encodeURIComponent(editingId) : '/api/v1/cases';
          const r = await fetch(url, {method: editingId ? 'PUT' : 'POST', headers: {'Content-Type': 'application/json'}, body: area.value});
          if (r.ok) { location.href = '/cases/' + encodeURIComponent(doc.id); return; }
          const body = await r.json().catch(() => ({}));
          show(body.errors || [{path: '/', code: 'save-failed', message: body.detail || ('HTTP ' + r.status)}]);
        });
        fillFields(parse());
        validate();
        """;
}

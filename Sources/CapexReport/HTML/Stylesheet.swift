/// The CSS of the dashboard and the report: inlined into every page, so nothing is fetched.
public enum Stylesheet {
    public static let css = """
    :root { --ink: #1b1f24; --muted: #5b6470; --line: #d9dee4; --accent: #1f5fa8; --paper: #ffffff; --wash: #f5f7f9;
            --estimated: #8a6d00; --scenario: #7a3e9d; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: var(--wash); }
    header.site { background: #14324f; color: #fff; padding: 10px 24px; display: flex; gap: 28px; align-items: baseline; flex-wrap: wrap; }
    header.site .brand { font-weight: 700; font-size: 18px; letter-spacing: .02em; }
    header.site nav a { color: #cfe0f3; text-decoration: none; margin-right: 16px; }
    header.site nav a[aria-current="page"] { color: #fff; border-bottom: 2px solid #fff; }
    main { max-width: 1180px; margin: 0 auto; padding: 18px 24px 48px; }
    h1 { font-size: 24px; margin: 8px 0 4px; }
    h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
    h3 { font-size: 16px; margin: 20px 0 6px; }
    p.lead { color: var(--muted); margin-top: 0; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 14px 0; }
    .card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; }
    .card .label { color: var(--muted); font-size: 13px; }
    .card .value { font-size: 24px; font-weight: 650; }
    .card .detail { color: var(--muted); font-size: 12px; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 14px; }
    .chart-box { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 6px; overflow-x: auto; }
    .chart-box svg { width: 100%; height: auto; display: block; }
    figure.table { margin: 12px 0 20px; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
    figure.table figcaption { display: flex; justify-content: space-between; gap: 12px; font-weight: 600; margin-bottom: 6px; }
    figure.table .download { font-weight: normal; font-size: 13px; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 13px; }
    th, td { padding: 4px 8px; border-bottom: 1px solid #edf0f3; text-align: left; vertical-align: top; }
    th { background: #f0f3f6; font-weight: 600; white-space: nowrap; }
    table.sortable th { cursor: pointer; }
    table.sortable th[aria-sort="ascending"]::after { content: " \\25B2"; font-size: 10px; }
    table.sortable th[aria-sort="descending"]::after { content: " \\25BC"; font-size: 10px; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.ev-estimated { color: var(--estimated); font-style: italic; }
    td.ev-scenario { color: var(--scenario); font-style: italic; }
    .evidence-key .ev-estimated { color: var(--estimated); }
    .evidence-key .ev-scenario { color: var(--scenario); }
    td.ev-unresolved { color: #9aa3ad; }
    td.cite { color: var(--muted); font-size: 12px; max-width: 420px; }
    ul.notes { color: var(--muted); font-size: 12px; margin: 6px 0 0; padding-left: 18px; }
    form.params { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
    form.params .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 6px 18px; }
    form.params label { display: block; font-size: 13px; }
    form.params label .hint { color: var(--muted); font-size: 12px; }
    form.params input[type=number] { width: 9em; }
    form.params input[type=range] { width: 100%; }
    form.params output { font-variant-numeric: tabular-nums; font-weight: 600; }
    .error { background: #fdecea; border: 1px solid #f5c2bd; color: #8a1c12; padding: 8px 12px; border-radius: 6px; }
    .status { color: var(--muted); font-size: 13px; min-height: 1.5em; }
    .evidence-key span { display: inline-block; margin-right: 14px; font-size: 12px; }
    a { color: var(--accent); }
    footer.site { color: var(--muted); font-size: 12px; text-align: center; padding: 18px; }
    @media print { header.site nav, .download, form.params { display: none; } body { background: #fff; } .chart-box, figure.table, .card { break-inside: avoid; } }
    """
}

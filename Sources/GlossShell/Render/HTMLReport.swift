import GlossCore

/// A self-contained HTML page of documents and their spans: the texts with
/// spans highlighted by layer and label (clauses as nested brackets), a
/// legend that can hide layers, details of the span under the pointer
/// (attributes and provenance), a timeline of the time values and label
/// frequency charts as inline SVG. Nothing is fetched: no network, no
/// external scripts, styles or fonts. The same input gives the same bytes.
public struct HTMLReport {
  /// One document and the spans to show.
  public struct Item {
    /// The document.
    public var document: Document
    /// Its spans.
    public var spans: [Span]
  }

  /// The documents, in order.
  public var items: [Item]
  /// The warnings for documents left out because their text changed after
  /// they were annotated (their spans would be shifted).
  public var skipped: [String] = []
  /// The page title.
  var title: String

  /// The page.
  public func render() -> String {
    var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    html +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
    html +=
      "<title>\(HTMLEscaping.escape(title))</title>\n<style>\n\(Self.css)</style>\n</head>\n<body data-rendered=\"no\">\n"
    html += "<header><h1>\(HTMLEscaping.escape(title))</h1>"
    let spanCount = items.reduce(0) { $0 + $1.spans.count }
    html +=
      "<p class=\"summary\">\(items.count) document\(items.count == 1 ? "" : "s"), \(spanCount) span\(spanCount == 1 ? "" : "s"). Hover over a span for its attributes and provenance; click a layer in the legend to hide or show it.</p></header>\n"
    html += legend() + "\n" + charts() + "\n"
    for item in items { html += article(item) + "\n" }
    html += "<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>\n\(Self.script)</script>\n</body>\n</html>\n"
    return html
  }

  /// Every `layer:label` shown, with counts: the legend.
  private func legend() -> String {
    var html = "<section id=\"legend\" aria-label=\"Legend\"><h2>Legend</h2>"
    for (layer, labels) in labelCounts() {
      html +=
        "<div class=\"legend-layer\"><button type=\"button\" class=\"layer-toggle\" data-layer=\"\(HTMLEscaping.escape(layer))\" aria-pressed=\"true\">\(HTMLEscaping.escape(layer))</button>"
      for (label, count) in labels {
        let color = LabelPalette.color(layer: layer, label: label)
        html +=
          " <span class=\"chip ly-\(HTMLEscaping.escape(layer))\" style=\"--c:\(color)\">\(HTMLEscaping.escape(label)) <small>\(count)</small></span>"
      }
      html += "</div>"
    }
    html +=
      "<div class=\"legend-layer\"><span class=\"chip suggested\">suggested</span> dashed outline: a suggestion not yet reviewed</div>"
      + "<div class=\"legend-layer\"><span class=\"chip rejected\">rejected</span> struck through and faded: a rejected suggestion (shown with --status rejected or all)</div>"
    return html + "</section>"
  }

  /// Label counts per layer, layers in display order, labels most frequent first.
  private func labelCounts() -> [(layer: String, labels: [(String, Int)])] {
    var counts: [String: [String: Int]] = [:]
    for item in items {
      for span in item.spans { counts[span.layer, default: [:]][span.label, default: 0] += 1 }
    }
    return counts.keys.sorted { (HTMLSpanMarkup.layerRank($0), $0) < (HTMLSpanMarkup.layerRank($1), $1) }.map { layer in
      (layer, counts[layer]!.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) })
    }
  }

  /// The timeline and the label frequency charts.
  private func charts() -> String {
    var html = "<section id=\"charts\"><h2>Time values</h2>"
    let entries = TimelineEntry.entries(items.map(\.document)) { document in
      items.first { $0.document.id == document.id }?.spans.filter { $0.layer == "time" } ?? []
    }
    html += SVGCharts.timeline(entries.filter(\.isDated), documents: items.map(\.document.id))
    html += "<h2>Labels</h2><div class=\"bar-charts\">"
    for (layer, labels) in labelCounts() {
      html += SVGCharts.bars(labels.map { ($0.0, $0.1, LabelPalette.color(layer: layer, label: $0.0)) }, title: layer)
    }
    return html + "</div></section>"
  }

  /// One document: heading, metadata and the marked-up text.
  private func article(_ item: Item) -> String {
    let document = item.document
    var html =
      "<article class=\"doc\" id=\"doc-\(HTMLEscaping.escape(document.id))\" data-doc=\"\(HTMLEscaping.escape(document.id))\">"
    html +=
      "<h2>\(HTMLEscaping.escape(document.metadata.title ?? document.id))</h2><p class=\"meta\"><code>\(HTMLEscaping.escape(document.id))</code>"
    if let dct = document.metadata.dct {
      html += " · dct \(HTMLEscaping.escape(dct))\(document.metadata.isDCTInferred ? " (inferred)" : "")"
    }
    html += " · \(item.spans.count) spans</p>"
    html +=
      "<div class=\"text\">" + HTMLSpanMarkup.markup(document.text, spans: item.spans, documentID: document.id)
      + "</div>"
    return html + "</article>"
  }

  /// The page's style.
  static let css = """
    :root { color-scheme: light; }
    body { margin: 0 auto; max-width: 980px; padding: 16px 24px 48px; font-family: Georgia, "DejaVu Serif", serif; color: #1b1b1b; background: #fdfdfb; }
    h1 { font-size: 1.6em; margin: 0.3em 0; } h2 { font-size: 1.15em; margin: 1.2em 0 0.4em; }
    header .summary, .meta { color: #555; font-family: system-ui, sans-serif; font-size: 0.85em; }
    #legend, #charts { font-family: system-ui, sans-serif; font-size: 0.85em; border: 1px solid #ddd; border-radius: 6px; padding: 4px 12px 10px; margin: 10px 0; background: #fff; }
    .legend-layer { margin: 6px 0; }
    .layer-toggle { font: inherit; font-weight: bold; min-width: 5em; border: 1px solid #999; border-radius: 4px; background: #eee; cursor: pointer; }
    .layer-toggle[aria-pressed="false"] { opacity: 0.45; text-decoration: line-through; }
    .chip { display: inline-block; padding: 0 6px; border-radius: 3px; margin: 2px 1px; }
    .chip.ly-entity { background: color-mix(in srgb, var(--c) 55%, white); }
    .chip.ly-time { border-bottom: 3px solid var(--c); background: color-mix(in srgb, var(--c) 15%, white); }
    .chip.ly-clause { color: var(--c); font-weight: bold; border: 1px solid var(--c); }
    .chip.suggested { outline: 1px dashed #444; }
    .chip.rejected { text-decoration: line-through; opacity: 0.6; outline: 1px dotted #999; }
    .bar-charts { display: flex; flex-wrap: wrap; gap: 18px; }
    svg text { font: 11px system-ui, sans-serif; fill: #222; } svg .chart-title { font-weight: bold; font-size: 12px; }
    svg .axis { stroke: #444; } svg .grid { stroke: #e4e4e4; } svg .lane-line { stroke: #ccc; stroke-dasharray: 2 3; }
    svg circle { stroke: #fff; stroke-width: 1.5; fill-opacity: 0.85; }
    .doc { border-top: 2px solid #ddd; margin-top: 18px; }
    .text { white-space: pre-wrap; line-height: 2.2; font-size: 15.5px; }
    .sp { position: relative; }
    .sp.ly-entity { background: color-mix(in srgb, var(--c) 50%, white); border-radius: 3px; padding: 1px 0; }
    .sp.ly-entity::after { content: attr(data-label); font: 8.5px system-ui, sans-serif; vertical-align: super; color: #333; margin-left: 1px; }
    .sp.ly-time { border-bottom: 3px solid var(--c); background: color-mix(in srgb, var(--c) 14%, transparent); }
    .sp.ly-time::after { content: attr(data-value); font: 8.5px system-ui, sans-serif; vertical-align: sub; color: var(--c); margin-left: 1px; }
    .sp.ly-clause::before { content: "["; color: var(--c); font-weight: bold; font-family: system-ui, sans-serif; }
    .sp.ly-clause::after { content: "]" attr(data-label); color: var(--c); font-weight: bold; font: bold 9px system-ui, sans-serif; }
    .sp.ly-clause { box-shadow: inset 0 -1px 0 color-mix(in srgb, var(--c) 45%, transparent); }
    .sp.cut-start::before, .sp.cut-end::after { content: none; }
    .sp[data-status="suggested"] { outline: 1px dashed #444; }
    .sp[data-status="rejected"] { text-decoration: line-through; opacity: 0.6; outline: 1px dotted #999; }
    .sp.active { outline: 2px solid #000; }
    body.hide-entity .sp.ly-entity, body.hide-time .sp.ly-time, body.hide-clause .sp.ly-clause { background: none; border: 0; box-shadow: none; outline: 0; }
    body.hide-entity .sp.ly-entity::after, body.hide-time .sp.ly-time::after, body.hide-clause .sp.ly-clause::before, body.hide-clause .sp.ly-clause::after { content: none; }
    #tip { position: fixed; z-index: 10; max-width: 420px; padding: 8px 10px; background: #222; color: #f5f5f5; border-radius: 6px; font: 12px/1.45 system-ui, sans-serif; pointer-events: none; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
    #tip b { color: #fff; } #tip .path { color: #bbb; }

    """

  /// The page's script: the details of the span under the pointer, and
  /// hiding layers. It only reads the page; it loads nothing.
  static let script = """
    (function () {
      "use strict";
      var errors = [];
      window.addEventListener("error", function (event) { errors.push(String(event.message)); document.body.dataset.errors = errors.join("\\n"); });
      var tip = document.getElementById("tip");
      var active = null;
      function describe(el) {
        return el.dataset.layer + ":" + el.dataset.label + " " + el.dataset.id;
      }
      function show(el, event) {
        if (active) active.classList.remove("active");
        active = el;
        el.classList.add("active");
        var parts = [];
        var whole = document.querySelectorAll('.sp[data-doc="' + el.dataset.doc + '"][data-id="' + el.dataset.id + '"]');
        var text = Array.prototype.map.call(whole, function (f) { return f.textContent; }).join("");
        parts.push("<b>" + describe(el) + "</b> [" + el.dataset.start + ", " + el.dataset.end + ")");
        parts.push("“" + text.replace(/[&<>]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;" }[c]; }) + "”");
        if (el.dataset.attrs) parts.push("attributes: " + el.dataset.attrs);
        parts.push("status: " + el.dataset.status + " · annotator: " + el.dataset.annotator);
        var path = [];
        for (var up = el.parentElement.closest(".sp"); up; up = up.parentElement.closest(".sp")) path.push(describe(up));
        if (path.length) parts.push('<span class="path">inside ' + path.join(" ‹ ") + "</span>");
        tip.innerHTML = parts.join("<br>");
        tip.hidden = false;
        move(event);
      }
      function move(event) {
        var x = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
        var y = event.clientY + 18;
        if (y + tip.offsetHeight > window.innerHeight) y = event.clientY - tip.offsetHeight - 12;
        tip.style.left = x + "px";
        tip.style.top = y + "px";
      }
      document.addEventListener("mouseover", function (event) {
        var el = event.target.closest && event.target.closest(".sp");
        if (el) { el.removeAttribute("title"); show(el, event); }
        else if (active) { active.classList.remove("active"); active = null; tip.hidden = true; }
      });
      document.addEventListener("mousemove", function (event) { if (active) move(event); });
      Array.prototype.forEach.call(document.querySelectorAll(".layer-toggle"), function (button) {
        button.addEventListener("click", function () {
          var shown = button.getAttribute("aria-pressed") === "true";
          button.setAttribute("aria-pressed", shown ? "false" : "true");
          document.body.classList.toggle("hide-" + button.dataset.layer, shown);
        });
      });
      document.body.dataset.spans = String(document.querySelectorAll(".sp").length);
      document.body.dataset.rendered = errors.length ? "with-errors" : "ok";
    })();

    """
}

/// The page's inline style and script (no external resource of any kind).
enum ReviewStyle {
  /// One colour per kind, and an underline style per kind so that the kinds
  /// differ in greyscale too; offsets differ so nested marks show both lines.
  static let css = """
    :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff;
      font: 16px/1.6 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC",
        "Microsoft YaHei", system-ui, sans-serif; }
    header { padding: 12px 20px; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
    h1 { font-size: 18px; margin: 0 0 4px; word-break: break-all; }
    .meta { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
    .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; list-style: none; margin: 0; padding: 0; font-size: 14px; }
    .legend .count { font-weight: 600; }
    .legend .style { color: var(--muted); font-size: 12px; }
    main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 24px; padding: 16px 20px; }
    @media (max-width: 800px) { main { grid-template-columns: 1fr; } }
    .text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.4; font-size: 17px; }
    mark.m { position: relative; color: inherit; border-radius: 2px; padding: 0 1px;
      text-decoration-line: underline; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
    mark.m:focus { outline: 2px solid #0969da; outline-offset: 1px; }
    .m-date { background: #fff1b8; text-decoration-color: #9a6700; text-decoration-style: solid; text-underline-offset: 3px; }
    .m-organization { background: #d6e9ff; text-decoration-color: #0550ae; text-decoration-style: double; text-underline-offset: 5px; }
    .m-statute { background: #d3f5dc; text-decoration-color: #116329; text-decoration-style: dotted; text-decoration-thickness: 3px; text-underline-offset: 7px; }
    .m-figure { background: #ffd8e8; text-decoration-color: #a40e5a; text-decoration-style: dashed; text-underline-offset: 3px; }
    .m-docket { background: #e8dcff; text-decoration-color: #6639ba; text-decoration-style: wavy; text-underline-offset: 5px; }
    .m-penalty { background: #ffc9b8; text-decoration-color: #9b1c00; text-decoration-style: solid; text-decoration-thickness: 4px; text-underline-offset: 7px; font-weight: 600; }
    .text mark.m[data-note]:focus::after,
    .text mark.m[data-note]:hover:not(:has(mark.m:hover))::after {
      content: attr(data-note); position: absolute; left: 0; top: calc(100% + 8px); z-index: 10;
      width: max-content; max-width: min(36em, 80vw); white-space: normal; font: 13px/1.4 "Noto Sans CJK SC", system-ui, sans-serif; font-weight: normal;
      color: #fff; background: #1f2328; padding: 4px 8px; border-radius: 4px; pointer-events: none; }
    .anchor:target, mark.m:target { outline: 3px solid #bf8700; outline-offset: 2px; }
    aside { font-size: 14px; position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; padding-top: 4px; }
    aside .case { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 12px; margin-bottom: 12px; }
    aside h2 { font-size: 15px; margin: 0 0 6px; }
    aside h3 { font-size: 14px; margin: 8px 0 4px; }
    aside dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
    aside dt { color: var(--muted); }
    aside dd { margin: 0; }
    aside ul { margin: 0; padding-left: 1.1em; }
    .timeline { margin: 0; padding-left: 1.4em; }
    .timeline .when { font-variant-numeric: tabular-nums; font-weight: 600; }
    .timeline .kind { color: var(--muted); }
    a { color: #0969da; }
    """

  /// Following a panel link focuses the mark it names, so its value shows.
  /// The script never reads or writes the article's text.
  static let script = """
    (function () {
      function focusTarget() {
        var id = decodeURIComponent(location.hash.slice(1));
        var el = id && document.getElementById(id);
        if (el && el.closest('#text')) { el.focus({ preventScroll: false }); }
      }
      window.addEventListener('hashchange', focusTarget);
      focusTarget();
    })();
    """
}

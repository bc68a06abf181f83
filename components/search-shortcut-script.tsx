// "/" focuses the header search box from anywhere except another text field. An inline script
// in <head>, not an effect, so the shortcut works as soon as the page shows, before hydration.
const script = `document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  if (e.target instanceof Element && e.target.closest("input, textarea, select, [contenteditable=true]")) return;
  const box = document.getElementById("site-search");
  if (!box) return;
  e.preventDefault();
  box.focus();
});`;

export function SearchShortcutScript() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script of ours
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

// "/" focuses the header search box from anywhere except another text field, and Ctrl+K (or
// Cmd+K) from anywhere. An inline script in <head>, not an effect, so the shortcuts work as soon
// as the page shows, before hydration.
const script = `document.addEventListener("keydown", (e) => {
  if (e.defaultPrevented || e.altKey) return;
  const palette = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k";
  if (!palette && (e.key !== "/" || e.ctrlKey || e.metaKey)) return;
  if (!palette && e.target instanceof Element && e.target.closest("input, textarea, select, [contenteditable=true]")) return;
  const box = document.getElementById("site-search");
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});`;

export function SearchShortcutScript() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script of ours
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

export interface Segment { text: string; mark: boolean }

/**
 * Cuts `text` into plain and marked runs, marking every occurrence of the names (longest name
 * first, no overlaps). The panel turns runs into text nodes and <mark>s, never into HTML.
 */
export function highlightSegments(text: string, names: string[]): Segment[] {
  const wanted = [...new Set(names.filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const name of wanted) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (marked.slice(at, at + name.length).some(Boolean)) continue;
      marked.fill(true, at, at + name.length);
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.mark === marked[i]) last.text += text[i];
    else segments.push({ text: text[i], mark: marked[i] });
  }
  return segments;
}

/**
 * A line break in text[a, b): the gap between two tokens (tokens never hold whitespace). A name never
 * runs across one — a headline's last words and the next paragraph's first are no one name.
 */
export function lineBreakIn(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

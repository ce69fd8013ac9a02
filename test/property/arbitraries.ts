// Text generators for the property tests: what a messy Chinese news archive throws at the pipeline.
import fc from 'fast-check';

const HAN = '永州市零陵区公安局长张李王赵立平书记县镇村委会湖南省人民政府行动工程三长制某德新田支行记者摄';
const PUNCT = '“”‘’（）《》〈〉「」『』【】、。，！？；：…—·．,.!?;:()[]"\'<>&%#*_-/\\|~';
const SPACE = [' ', '\u3000', '\t', '\n', '\r\n', '\r', '\n\n', '　　'];

/** One character from a small pool, so names, suffixes and punctuation meet often. */
const han = fc.constantFrom(...HAN);
const punct = fc.constantFrom(...PUNCT);
const latin = fc.constantFrom(...'aZ09GDP6.1%xyz');
const space = fc.constantFrom(...SPACE);
/** Code units that break naive code: lone surrogates, BOM, NUL and other controls, U+FFFE, replacement char. */
const odd = fc.constantFrom('\ud800', '\udc00', '\ufeff', '\ufffe', '\ufffd', '\u0000', '\u0001', '\u001f', '\u000b', '\u000c', '\u0085', '\u2028');

/** Runs of one kind: long punctuation runs and long lines without breaks come from here. */
const run = (unit: fc.Arbitrary<string>, max: number) =>
  fc.tuple(unit, fc.integer({ min: 1, max })).map(([c, n]) => c.repeat(n));

/** CJK-heavy text: Han, Chinese and ASCII punctuation, digits, Latin, all kinds of spaces and line ends. */
export const cjkText = (maxLength = 400) =>
  fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: han },
        { weight: 3, arbitrary: punct },
        { weight: 2, arbitrary: latin },
        { weight: 2, arbitrary: space },
        { weight: 1, arbitrary: odd },
        { weight: 1, arbitrary: run(punct, 200) },
        { weight: 1, arbitrary: run(han, 1500) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

/** Any text: full Unicode (astral planes, lone surrogates, controls) or the CJK mix. */
export const anyText = (maxLength = 400) =>
  fc.oneof(
    { weight: 3, arbitrary: cjkText(maxLength) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: maxLength * 4 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength }) },
  );

/** Page-like text: lines that look like headlines, bylines, markdown headings, indented paragraphs. */
export const pageText = (maxLines = 40) =>
  fc
    .array(
      fc.oneof(
        cjkText(60),
        cjkText(60).map((t) => `# ${t}`),
        cjkText(60).map((t) => `## ——${t}`),
        cjkText(30).map((t) => `　　${t}。`),
        cjkText(10).map((t) => `（${t}）`),
        cjkText(10).map((t) => `本报讯（记者 ${t}）`),
        cjkText(10).map((t) => `${t} 摄`),
        fc.constant(''),
      ),
      { maxLength: maxLines },
    )
    .map((lines) => lines.join('\n'));

/**
 * Runs fn and fails if it took more than `ms` of CPU time: a hang shows as a slow case long before a
 * timeout. CPU time, not wall time, so that other processes on a busy machine do not fail the case.
 */
export function timed<T>(what: string, ms: number, fn: () => T): T {
  const t = process.cpuUsage();
  const out = fn();
  const { user, system } = process.cpuUsage(t);
  const took = (user + system) / 1000;
  if (took > ms) throw new Error(`${what} took ${took.toFixed(0)} ms of CPU (> ${ms} ms)`);
  return out;
}

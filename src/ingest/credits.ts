import { readFileSync } from 'node:fs';

// Credited names: bylines "（单建华 杨情陆）", reporter lines "罗徽 郭建东 陈林杰", photo credits "廖奖安 摄".

const SURNAMES = new Set(
  readFileSync(new URL('./data/surnames.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .flatMap((l) => l.split(/\s+/))
    .filter(Boolean),
);

const ROLES = readFileSync(new URL('./data/byline-roles.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .sort((a, b) => b.length - a.length);

/** First characters of the role words: most lines start with none (this runs several times per line). */
const ROLE_FIRST = new Set(ROLES.map((r) => r[0]));

/** A byline token without its role words: "记者李川" → "李川", "通讯员" → "". */
function withoutRole(token: string): string {
  for (let again = ROLE_FIRST.has(token[0]); again; ) {
    again = false;
    for (const role of ROLES) {
      if (token.startsWith(role)) {
        token = token.slice(role.length).replace(/^[:：]/, '');
        again = true;
      }
    }
  }
  return token;
}

const HAN = /^\p{Script=Han}+$/u;

/** A plausible personal name: 2–4 Han characters starting with a known surname. */
export function isName(s: string): boolean {
  if (s.length < 2 || s.length > 4 || !HAN.test(s)) return false;
  return SURNAMES.has(s[0]) || (s.length > 2 && SURNAMES.has(s.slice(0, 2)));
}

/**
 * Names from a space-separated list. Newspaper layout pads two-character names to three columns
 * ("陈 平", "李 川 罗 汉"), so a run of single characters pairs up: 陈平, 李川 罗汉; a run of
 * exactly three is one spaced-out name ("李 钢 彪"). Role words ("记者", "通讯员") are dropped.
 * Returns null unless every token makes a name.
 */
export function parseNames(list: string): string[] | null {
  const tokens = list.trim().split(/[\s\u3000]+/).map(withoutRole).filter(Boolean);
  if (!tokens.length || tokens.length > 12) return null;
  const names: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let run = 0;
    while (tokens[i + run]?.length === 1) run++;
    if (run === 0) names.push(tokens[i++]);
    else if (run === 3) names.push(tokens.slice(i, (i += 3)).join(''));
    else if (run % 2 === 0) for (const end = i + run; i < end; i += 2) names.push(tokens[i] + tokens[i + 1]);
    else return null;
  }
  return names.every(isName) ? names : null;
}

const PAREN_TAIL = /[（(]([^（）()]{2,40})[）)]$/;

/** Byline in parentheses at the end of a line: "升。 （单建华 杨情陆）", "(陈 平)". */
export function trailingByline(line: string): { names: string[]; at: number } | null {
  const tail = line.slice(-44).trimEnd();
  const m = PAREN_TAIL.exec(tail);
  if (!m) return null;
  const names = parseNames(m[1]);
  if (!names) return null;
  return { names, at: line.length - (line.slice(-44).length - m.index) };
}

/**
 * Byline opening a dispatch: "本报讯（记者 张三 通讯员 李四）近日，…". Without 本报讯 the parentheses
 * must hold a role word, so that "（蓝山）专场" is not read as a name.
 */
export function leadingByline(line: string): string[] | null {
  const m = /^(本报讯|讯)?\s*[（(]([^（）()]{2,40})[）)]/.exec(line.slice(0, 60));
  if (!m) return null;
  const list = m[2].trim();
  if (!m[1] && withoutRole(list) === list) return null;
  return parseNames(list);
}

/** A line that is only a byline in parentheses: "（李 川 罗 汉）". */
export function bylineOnly(line: string): string[] | null {
  if (!/^[（(]/.test(line)) return null;
  const b = trailingByline(line);
  return b && b.at === 0 ? b.names : null;
}

/** A line of names alone, without parentheses: "肖文旭 黄山峰", "陈卫林 陈 程 李礼壹 李寒露". */
export function namesLine(line: string, min = 2): string[] | null {
  const t = line.trim();
  if (t.length > 40) return null;
  if (min > 1 && !/\s/.test(t) && withoutRole(t) === t) return null;
  const names = parseNames(t);
  const first = t.split(/\s+/)[0];
  // "记者 王平": a role word makes a single name a byline too.
  if (!names || (names.length < min && withoutRole(first) === first)) return null;
  // All single characters ("金 融 创 新") is spaced-out text, not names.
  if (min > 1 && !t.split(/\s+/).some((tok) => tok.length > 1)) return null;
  return names;
}

/**
 * Who a caption credits at its end: "…武装巡逻。 廖奖安 摄", "（记者 盘晓 摄）", "(桂东县委宣传部供图)".
 * Names lose their role words; a credit that is no list of names (an organisation) is kept as written.
 */
export function photoCredit(line: string): string[] | null {
  const tail = line.slice(-40).trimEnd();
  // Both forms end in 摄 or a closing parenthesis: most lines are rejected before a regex runs.
  if (!/[摄）)]$/.test(tail)) return null;
  let m = /(?:^|[\s。！？”])(\p{Script=Han}{2,4})\s*[/／]?\s*摄$/u.exec(tail);
  if (m && isName(m[1])) return [m[1]];
  m = /[（(]([^（）()]{2,30}?)(?:供图|摄)[）)]$/.exec(tail);
  return m ? (parseNames(m[1]) ?? [m[1].trim()]) : null;
}

/** Author note: "（作者系中共双牌县委副书记、县人民政府县长）". Kept as text; not a byline. */
export function isAuthorNote(line: string): boolean {
  return /^[（(]\s*作者[系为是]/.test(line.trim()) && /[）)]$/.test(line.trim());
}

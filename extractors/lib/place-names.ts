import minorities from '../data/place-minorities.json' with { type: 'json' };

/** Committee names as places: 平安村委会 → 平安村, 麻元社区居委会 → 麻元社区, 永福居委会 → 永福社区. */
export function villageName(raw: string): string {
  const name = raw.replace(/\s+/g, '');
  const rules: Array<[RegExp, string]> = [
    [/村(?:村|民)?委(?:员|委)?会会?$/, '村'],
    [/社区(?:居民)?(?:居)?委员?会会?$/, '社区'],
    [/(?:居民|居)委员?会会?$/, '社区'],
  ];
  for (const [re, to] of rules) if (re.test(name)) return name.replace(re, to);
  return name;
}

const ETHNIC = [...minorities.names].sort((a, b) => b.length - a.length);
const SUFFIXES: Record<string, string[]> = {
  province: ['特别行政区', '自治区', '省', '市'],
  city: ['自治州', '地区', '盟', '市'],
  county: ['自治县', '自治旗', '林区', '特区', '县', '区', '市', '旗'],
  town: ['街道办事处', '街道', '民族乡', '镇', '乡', '苏木'],
  village: [],
};

/** Strip trailing minority names (土家族苗族 → ''). */
const MAY_BE_ETHNIC = /族|蒙古|维吾尔|哈萨克|柯尔克孜/;

function stripEthnic(name: string): string {
  if (!MAY_BE_ETHNIC.test(name)) return name;
  for (let again = true; again; ) {
    again = false;
    for (const e of ETHNIC) {
      if (name.endsWith(e) && name.length - e.length >= 2) {
        name = name.slice(0, -e.length);
        again = true;
        break;
      }
    }
  }
  return name;
}

/**
 * The usual short form of an official name (湖南省 → 湖南, 江华瑶族自治县 → 江华, 源口瑶族乡 → 源口),
 * or undefined when there is none of at least 2 characters (道县, villages).
 */
export function shortName(name: string, level: keyof typeof SUFFIXES): string | undefined {
  for (const suffix of SUFFIXES[level]) {
    if (!name.endsWith(suffix)) continue;
    const short = stripEthnic(name.slice(0, -suffix.length));
    return short.length >= 2 && short !== name ? short : undefined;
  }
  return undefined;
}

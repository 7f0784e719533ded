/**
 * swa verschil over generated pairs of agreement files: a random file, and a copy with random
 * agreements reworded, inserted and deleted. Accepting every tracked change gives the new
 * version's document, rejecting every one the old version's; the overview names exactly the
 * agreements that were edited.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REQUIRED_ONDERDELEN } from '../../src/core/domain/required-afspraken.js';
import { renderFile } from '../../src/render/render-document.js';
import { compareAgreements } from '../../src/verschil/changes.js';
import { verschilDocuments } from '../../src/verschil/verschil-documents.js';
import { agreementFile, PROPERTY_TIMEOUT, settings } from '../property/arbitraries.js';
import { builtInTemplates, check, renderable } from '../property/documents.js';
import { acceptAll, paragraphTexts, part, rejectAll } from './track-changes.js';

type Data = Record<string, unknown>;
/** Lists the edits go into: every topic of a–g and j, the instruments (a table) and the escalation steps. */
const TOPICS: Array<{ path: Array<string | number>; item: (n: number) => Record<string, string> }> = [
  // Every other agreement has a toelichting: a paragraph of its own, in a block-level content control.
  ...REQUIRED_ONDERDELEN.flatMap((required) =>
    required.afspraken.map((topic) => ({
      path: topic.path,
      item: (n: number): Record<string, string> => (n % 2 === 0 ? { afspraak: sentence(n), toelichting: sentence(n + 1000) } : { afspraak: sentence(n) }),
    })),
  ),
  { path: ['afspraken', 'h_methoden_en_instrumenten'], item: (n) => ({ naam: `Instrument${n}`, doel: sentence(n) }) },
  { path: ['afspraken', 'i_escalatie', 'stappen'], item: (n) => ({ niveau: `Niveau${n}`, wie: sentence(n), termijn: `binnen ${n} dagen` }) },
];

const WORDS = ['wijkteam', 'gezin', 'partners', 'termijn', 'overleg', 'veiligheid', 'kind', 'school', 'ouders', 'regisseur', 'plan', 'gesprek'];
/** A sentence unlike any other (its own words), so an inserted agreement is never taken for a reworded one. */
const sentence = (n: number): string => `Afspraak ${n}: ${Array.from({ length: 8 }, (_, i) => `${WORDS[(n * 7 + i * 5) % WORDS.length]}${n}x${i}`).join(' ')}.`;

interface Edit {
  topic: number;
  op: 'wijzig' | 'nieuw' | 'weg';
  at: number;
}

const editsArb = fc.uniqueArray(fc.record({ topic: fc.nat(TOPICS.length - 1), op: fc.constantFrom<Edit['op']>('wijzig', 'nieuw', 'weg'), at: fc.nat(2) }), {
  selector: (e) => e.topic,
  minLength: 0,
  maxLength: 4,
});

function setIn(data: Data, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string, unknown> = data;
  for (const key of path.slice(0, -1)) {
    const next = node[String(key)];
    const map = (next !== null && typeof next === 'object' && !Array.isArray(next) ? next : {}) as Record<string, unknown>;
    node[String(key)] = map;
    node = map;
  }
  node[String(path.at(-1))] = value;
}

/**
 * Old and new data: each edited topic gets three agreements of its own in both versions, then one
 * of them is reworded (a word added), a fourth inserted, or one deleted in the new version. Returns
 * the changes the overview must list, as `kind path`.
 */
function applyEdits(data: Data, edits: readonly Edit[]): { old: Data; new: Data; expected: string[] } {
  const old = structuredClone(data);
  const next = structuredClone(data);
  const expected: string[] = [];
  edits.forEach((edit, e) => {
    const { path, item } = TOPICS[edit.topic]!;
    const items = [0, 1, 2].map((i) => item(100 * (e + 1) + i));
    setIn(old, path, items);
    const changed = structuredClone(items);
    const dotted = `${path.join('.')}.${edit.at}`;
    if (edit.op === 'wijzig') {
      // One field of the item gets two words more: its last one (the toelichting, where there is one).
      const fields = Object.keys(changed[edit.at]!);
      const field = fields.at(-1)!;
      changed[edit.at]![field] = `${changed[edit.at]![field]} en verder`;
      expected.push(`gewijzigd ${dotted}`);
    } else if (edit.op === 'nieuw') {
      changed.splice(edit.at, 0, item(100 * (e + 1) + 50));
      expected.push(`nieuw ${dotted}`);
    } else {
      changed.splice(edit.at, 1);
      expected.push(`vervallen ${dotted}`);
    }
    setIn(next, path, changed);
  });
  return { old, new: next, expected };
}

function withoutOverview(texts: string[]): string[] {
  const start = texts.findIndex((t) => t.startsWith('Wijzigingen ten opzichte van versie'));
  const end = texts.indexOf('Inhoud', start);
  return start < 0 || end < 0 ? texts : [...texts.slice(0, start), ...texts.slice(end)];
}

describe('swa verschil over generated pairs of files', () => {
  it(
    'lists exactly the edited agreements, and nothing for an unchanged file',
    () => {
      fc.assert(
        fc.property(agreementFile({ maxGi: 2 }), editsArb, (file, edits) => {
          const { old, new: next, expected } = applyEdits(file.data, edits);
          const listed = compareAgreements(old, next).map((c) => `${c.kind} ${c.path}`);
          expect(listed.sort()).toEqual(expected.sort());
          expect(compareAgreements(file.data, structuredClone(file.data))).toEqual([]);
        }),
        settings(200),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'accept all gives the new version’s document, reject all the old one’s',
    async () => {
      const templates = await builtInTemplates();
      let compared = 0;
      await fc.assert(
        fc.asyncProperty(agreementFile({ maxGi: 1 }), editsArb, async (file, edits) => {
          const { old, new: next } = applyEdits(file.data, edits);
          const oldCheck = check(stringify(old));
          const newCheck = check(stringify(next));
          if (!renderable(oldCheck) || !renderable(newCheck)) return;
          compared += 1;
          // The integral document only: a run of a partner's documents costs seconds each (the example covers them in redline.test.ts).
          const result = await verschilDocuments(oldCheck, newCheck, templates, {
            perPartner: false,
            generator: 'swa test',
            author: 'swa',
            date: null,
            oldName: 'vorige',
          });
          const plain = {
            old: (await renderFile(oldCheck, templates, { perPartner: false, generator: 'swa test' })).documents,
            new: (await renderFile(newCheck, templates, { perPartner: false, generator: 'swa test' })).documents,
          };
          for (const redline of result.documents) {
            const before = plain.old.find((d) => d.partner === redline.partner);
            const after = plain.new.find((d) => d.partner === redline.partner)!;
            const xml = part(redline.bytes);
            expect(withoutOverview(paragraphTexts(acceptAll(xml)))).toEqual(paragraphTexts(part(after.bytes)));
            if (before) expect(withoutOverview(paragraphTexts(rejectAll(xml)))).toEqual(paragraphTexts(part(before.bytes)));
          }
        }),
        settings(8),
      );
      expect(compared, 'pairs that could be rendered').toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );
});

/**
 * fast-check arbitraries for whole agreement files: valid per the JSON Schema, with random
 * completeness (each field filled, empty, a TODO-like placeholder, a deferral such as "n.v.t."
 * or absent), random partners and GI ids, random `verantwoordelijk`, status and dates. Each file
 * comes as YAML text, as data, and with the position of every key and value in the text.
 */
import fc from 'fast-check';
import { emit, toData, type NodePos, type YEntry, type YMap, type YNode, type YScalar } from './yaml-emitter.js';

/** "Today" for every check in the property tests. */
export const TODAY = '2026-06-01';

/** Texts people write where an agreement still has to be made, as the README lists them. */
export const PLACEHOLDERS = [
  'TODO',
  'todo',
  'n.t.b.',
  'nog invullen',
  'nog af te spreken',
  '...',
  '…',
  'xxx',
  '-',
  '?',
  'tbd',
  'FIXME',
  'volgt',
  'p.m.',
  'TODO afstemmen met de RvdK',
  'n.t.b. na overleg',
] as const;

/** Texts that put off or point elsewhere instead of agreeing something (issue 8, point 2). */
export const DEFERRALS = [
  'n.v.t.',
  'N.v.t.',
  'nvt',
  'Nader te bepalen.',
  'nader te bepalen',
  'N.T.B.',
  'Zie bijlage 3.',
  'zie bijlage',
  'Zie het protocol.',
  'Volgt na overleg met de Raad.',
  'volgt na overleg met VT.',
  'Volgt.',
  'In overleg.',
  'in overleg met de GI',
  'P.M.',
] as const;

/** How complete a generated file is: every field filled, a few fields open, or anything goes. */
export type Level = 'compleet' | 'bijna' | 'willekeurig';

export interface FileOptions {
  /** Fixes the level; otherwise each file draws one. */
  level?: Level;
  /** 'sensible': dates that agree with each other and with TODAY; 'willekeurig': any valid dates. */
  dates?: 'sensible' | 'willekeurig';
  /** Every agreement is a group whose `verantwoordelijk` names Veilig Thuis, the RvdK and all GIs. */
  coverAll?: boolean;
  /** Which kinds of open value may appear (default all). */
  open?: ReadonlyArray<OpenKind>;
  /** At most this many GIs (default 4); each GI adds a per-partner document, and rendering costs time. */
  maxGi?: number;
}

export type OpenKind = 'absent' | 'leeg' | 'placeholder' | 'deferral';

export interface GeneratedFile {
  text: string;
  data: Record<string, unknown>;
  positions: Map<string, NodePos>;
  tree: YMap;
  giIds: string[];
  level: Level;
}

const SENTENCES = [
  'Het wijkteam belt Veilig Thuis bij elk vermoeden van huiselijk geweld',
  'De Raad geeft binnen 5 werkdagen een schriftelijk advies',
  'De GI draagt warm over in een gezamenlijk gesprek met het gezin',
  'Veilig Thuis & het wijkteam maken samen een veiligheidsplan',
  'Bij crisis wordt de ladder overgeslagen; de managers beslissen dezelfde dag',
  'Partners informeren ouders en kind vooraf, tenzij de veiligheid zich daartegen verzet',
  'De casusregisseur houdt het gezin op de hoogte van besluiten "en vervolgstappen"',
  'Eén gezin, één plan, één regisseur: dat is het uitgangspunt',
  'Zorgen over een kind < 4 jaar bespreekt het team dezelfde werkdag',
  "Het team in 's-Hertogenbosch werkt met #veiligheid als vast agendapunt",
  'Wachtlijsten worden elke maand besproken met de contractmanager',
  'De Raad noemt dit een “zorgmelding” in het dossier',
];

const WORDS = ['Noord', 'Zuid', 'Oost', 'West', 'Waterland', 'Veen', 'Berg', 'Dijk', 'Haven', 'Brug'];

const scalar = (value: YScalar['value'], style?: YScalar['style']): YScalar => ({ kind: 'scalar', value, ...(style ? { style } : {}) });
const map = (entries: Array<YEntry | undefined>, flow = false): YMap => ({
  kind: 'map',
  entries: entries.filter((e): e is YEntry => e !== undefined),
  ...(flow ? { flow } : {}),
});
const entry = (key: string, value: YNode | undefined, comment?: string): YEntry | undefined =>
  value === undefined ? undefined : { key, value, ...(comment ? { comment } : {}) };

/** A filled text; "§" is replaced by a number unique in the file, so each text can be found back. */
const filledText: fc.Arbitrary<YScalar> = fc
  .record({ sentence: fc.constantFrom(...SENTENCES), style: fc.constantFrom<YScalar['style']>('plain', 'plain', 'double', 'folded') })
  .map(({ sentence, style }) => scalar(`${sentence} (werkafspraak W§).`, style));

const shortText = (words: readonly string[]): fc.Arbitrary<YScalar> =>
  fc
    .record({ word: fc.constantFrom(...words), style: fc.constantFrom<YScalar['style']>('plain', 'double') })
    .map(({ word, style }) => scalar(`${word} §`, style));

const emptyValue: fc.Arbitrary<YScalar> = fc.oneof(
  fc.constantFrom<YScalar['nullStyle']>('leeg', 'leeg', 'tilde', 'null').map((nullStyle): YScalar => ({ kind: 'scalar', value: null, nullStyle })),
  fc.constant(scalar('', 'double')),
  fc.constant(scalar('   ', 'double')),
);

const placeholderValue: fc.Arbitrary<YScalar> = fc.constantFrom(...PLACEHOLDERS).map((text) => scalar(text));
const deferralValue: fc.Arbitrary<YScalar> = fc.constantFrom(...DEFERRALS).map((text) => scalar(text));

interface Context {
  level: Level;
  giIds: string[];
  /** Ids of further partners (partners.overig), referred to as partner.<id>. */
  overigIds: string[];
  coverAll: boolean;
  open: ReadonlyArray<OpenKind>;
}

/** A field that may be left open: absent (undefined), empty, a placeholder or (for agreements) a deferral. */
function maybeOpen(ctx: Context, filled: fc.Arbitrary<YNode>, { deferral = false, absentOk = true, textual = true } = {}): fc.Arbitrary<YNode | undefined> {
  if (ctx.level === 'compleet') return filled;
  const weight = ctx.level === 'bijna' ? 1 : 6;
  const options: Array<fc.WeightedArbitrary<YNode | undefined>> = [{ arbitrary: filled, weight: 30 }];
  if (absentOk && ctx.open.includes('absent')) options.push({ arbitrary: fc.constant(undefined), weight });
  // A group (map or list) can only be left empty; text in its place is a schema error, not an open point.
  if (ctx.open.includes('leeg')) options.push({ arbitrary: textual ? emptyValue : emptyValue.filter((n) => n.value === null), weight });
  if (textual && ctx.open.includes('placeholder')) options.push({ arbitrary: placeholderValue, weight });
  if (textual && deferral && ctx.open.includes('deferral')) options.push({ arbitrary: deferralValue, weight });
  return fc.oneof(...options);
}

const maybeOpenGroup = (ctx: Context, filled: fc.Arbitrary<YNode>): fc.Arbitrary<YNode | undefined> => maybeOpen(ctx, filled, { textual: false });

/** A partner reference as `verantwoordelijk` and `gebruikt_door` take it. */
function refArb(ctx: Context): fc.Arbitrary<string> {
  const refs = ['lokaal_team', 'veilig_thuis', 'rvdk', 'gi', 'gemeente', ...ctx.giIds.map((id) => `gi.${id}`), ...ctx.overigIds.map((id) => `partner.${id}`)];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...refs), weight: 20 },
    { arbitrary: fc.constant('gi.onbekend'), weight: ctx.level === 'willekeurig' ? 1 : 0 },
    { arbitrary: fc.constant('partner.onbekend'), weight: ctx.level === 'willekeurig' ? 1 : 0 },
  );
}

function refsNode(ctx: Context, minLength = 1): fc.Arbitrary<YNode> {
  const list = fc.uniqueArray(refArb(ctx), { minLength, maxLength: 4 });
  return fc.oneof(
    refArb(ctx).map((ref): YNode => scalar(ref)),
    fc.record({ refs: list, flow: fc.boolean() }).map(({ refs, flow }): YNode => ({ kind: 'seq', items: refs.map((r) => scalar(r)), flow })),
  );
}

/** `verantwoordelijk` naming at least Veilig Thuis, the RvdK and every GI, plus random others. */
function coveringRefs(_ctx: Context): fc.Arbitrary<YNode> {
  return fc.record({ extra: fc.subarray(['lokaal_team', 'gemeente']), flow: fc.boolean() }).map(
    ({ extra, flow }): YNode => ({
      kind: 'seq',
      items: ['veilig_thuis', 'rvdk', 'gi', ...extra].map((r) => scalar(r)),
      flow,
    }),
  );
}

/** One agreement: plain text, or a group with afspraak, verantwoordelijk, termijn and toelichting. */
function afspraakArb(ctx: Context): fc.Arbitrary<YNode | undefined> {
  const text = maybeOpen(ctx, filledText, { deferral: true, absentOk: false });
  const group = fc
    .record({
      afspraak: text,
      verantwoordelijk: ctx.coverAll ? coveringRefs(ctx) : fc.option(refsNode(ctx), { nil: undefined, freq: 3 }),
      termijn: fc.option(maybeOpen(ctx, shortText(['binnen 5 werkdagen', 'dezelfde dag', 'elk kwartaal']), { absentOk: false }), { nil: undefined, freq: 2 }),
      toelichting: fc.option(filledText, { nil: undefined, freq: 4 }),
      flow: fc.boolean(),
    })
    .map(
      ({ afspraak, verantwoordelijk, termijn, toelichting, flow }): YNode =>
        map([entry('afspraak', afspraak), entry('verantwoordelijk', verantwoordelijk), entry('termijn', termijn), entry('toelichting', toelichting)], flow),
    );
  if (ctx.coverAll) return group;
  return fc.oneof(text, group);
}

/** The value of a topic: one agreement or a list of them. */
function afsprakenArb(ctx: Context): fc.Arbitrary<YNode | undefined> {
  const one = afspraakArb(ctx);
  const list = fc
    .array(
      one.filter((n): n is YNode => n !== undefined),
      { minLength: 1, maxLength: 3 },
    )
    .map((items): YNode => ({ kind: 'seq', items }));
  const filled = fc.oneof({ arbitrary: one.filter((n): n is YNode => n !== undefined), weight: 2 }, { arbitrary: list, weight: 1 });
  return maybeOpen(ctx, filled, { absentOk: true });
}

/** A group of topics, each possibly open; the group itself may be absent or empty too. */
function group(ctx: Context, keys: Record<string, fc.Arbitrary<YNode | undefined>>): fc.Arbitrary<YNode | undefined> {
  const names = Object.keys(keys);
  const filled = fc.record(keys).map((values): YNode => map(names.map((name) => entry(name, values[name]))));
  return maybeOpenGroup(ctx, filled);
}

function persoonArb(ctx: Context): fc.Arbitrary<YNode | undefined> {
  return maybeOpenGroup(
    ctx,
    fc
      .record({
        naam: maybeOpen(ctx, shortText(['Sanne Bakker', 'Youssef El Amrani', 'Peter van Dijk', 'Fatima Ouali'])),
        functie: fc.option(shortText(['teamleider', 'relatiebeheerder']), { nil: undefined }),
        email: fc.option(
          fc.constantFrom('a.b@example.nl', 'info@voorbeeld.nl').map((s) => scalar(s)),
          { nil: undefined },
        ),
        telefoon: fc.option(
          fc.constantFrom('0999-123456', '06-12345678').map((s) => scalar(s, 'double')),
          { nil: undefined },
        ),
      })
      .map((p): YNode => map([entry('naam', p.naam), entry('functie', p.functie), entry('email', p.email), entry('telefoon', p.telefoon)])),
  );
}

function ondertekenaarArb(ctx: Context): fc.Arbitrary<YNode | undefined> {
  return maybeOpenGroup(
    ctx,
    fc
      .record({
        naam: maybeOpen(ctx, shortText(['M. de Vries', 'I. Hoekstra'])),
        functie: maybeOpen(ctx, shortText(['directeur', 'bestuurder'])),
        plaats: fc.option(shortText(WORDS), { nil: undefined }),
        flow: fc.boolean(),
      })
      .map((s): YNode => map([entry('naam', s.naam), entry('functie', s.functie), entry('plaats', s.plaats)], s.flow)),
  );
}

function partnerArb(ctx: Context, id?: string): fc.Arbitrary<YNode | undefined> {
  const filled = fc
    .record({
      naam: maybeOpen(ctx, shortText(['Wijkteam', 'Veilig Thuis', 'Raad voor de Kinderbescherming', 'Jeugdbescherming'])),
      organisatie_type: fc.option(shortText(['Stichting', 'Gecertificeerde instelling']), { nil: undefined }),
      adres: fc.option(shortText(['Stationsplein 12']), { nil: undefined }),
      contactpersoon: persoonArb(ctx),
      ondertekenaar: ondertekenaarArb(ctx),
    })
    .map(
      (p): YNode =>
        map([
          id === undefined ? undefined : entry('id', scalar(id)),
          entry('naam', p.naam),
          entry('organisatie_type', p.organisatie_type),
          entry('adres', p.adres),
          entry('contactpersoon', p.contactpersoon),
          entry('ondertekenaar', p.ondertekenaar),
        ]),
    );
  // A GI without its id is invalid per schema; its entry is there or the GI is not generated at all.
  return id === undefined ? maybeOpenGroup(ctx, filled) : filled;
}

/** A further partner (partners.overig): an id, a role, a name (open only below `compleet`), a task and maybe its own document. */
function overigArb(ctx: Context, id: string): fc.Arbitrary<YNode> {
  return fc
    .record({
      rol: fc.option(shortText(['Politie', 'Regionaal Veiligheidsteam', 'Jeugdreclassering', 'GGD']), { nil: undefined }),
      naam: maybeOpen(ctx, shortText(['Politie basisteam', 'Veiligheidsteam', 'GGD'])),
      taak: fc.option(maybeOpen(ctx, filledText), { nil: undefined }),
      eigen: fc.constantFrom<boolean | undefined>(true, false, undefined),
      ondertekenaar: ondertekenaarArb(ctx),
    })
    .map(
      (p): YNode =>
        map([
          entry('id', scalar(id)),
          entry('rol', p.rol),
          entry('naam', p.naam),
          entry('taak', p.taak),
          entry('eigen_document', p.eigen === undefined ? undefined : scalar(p.eigen)),
          entry('ondertekenaar', p.ondertekenaar),
        ]),
    );
}

/** A reference or list of them for `van` and `naar` of informatiedeling. */
function infoRefs(ctx: Context): fc.Arbitrary<YNode | undefined> {
  return maybeOpen(ctx, refsNode(ctx), { textual: false });
}

/** Informatiedeling (§6a.3): every field optional; open, it is a warning and left out of the document. */
function informatiedelingArb(ctx: Context): fc.Arbitrary<YNode | undefined> {
  const stroom = fc
    .record({
      moment: fc.option(shortText(['Overdracht door Veilig Thuis', 'Verzoek tot onderzoek', 'Raadsbesluit']), { nil: undefined }),
      wat: maybeOpen(ctx, filledText),
      van: infoRefs(ctx),
      naar: infoRefs(ctx),
      grondslag: maybeOpen(ctx, shortText(['Wmo 2015, artikel 5.2.6', 'Jeugdwet, artikel 7.3.11'])),
      toestemming: maybeOpen(
        ctx,
        fc.constantFrom('met', 'zonder', 'met_tenzij').map((t) => scalar(t)),
        { textual: false },
      ),
      gezin_informeren: maybeOpen(ctx, filledText),
    })
    .map((f): YNode => map(Object.entries(f).map(([key, value]) => entry(key, value))));
  const pia = fc
    .record({
      status: fc.constantFrom('uitgevoerd', 'gepland', 'niet_nodig').map((t) => scalar(t)),
      datum: fc.option(
        anyDate.map((d) => scalar(d)),
        { nil: undefined },
      ),
      toelichting: fc.option(filledText, { nil: undefined }),
    })
    .map((p): YNode => map([entry('status', p.status), entry('datum', p.datum), entry('toelichting', p.toelichting)]));
  return fc.option(
    fc
      .record({
        uitgangspunt: fc.option(maybeOpen(ctx, filledText), { nil: undefined }),
        stromen: fc.array(stroom, { minLength: 1, maxLength: 3 }),
        pia: maybeOpenGroup(ctx, pia),
      })
      .map((i): YNode => map([entry('uitgangspunt', i.uitgangspunt), entry('stromen', { kind: 'seq', items: i.stromen }), entry('pia', i.pia)])),
    { nil: undefined, freq: 3 },
  );
}

function meldcodeArb(ctx: Context): fc.Arbitrary<YNode | undefined> {
  return fc.option(
    fc
      .record({
        naam: maybeOpen(ctx, shortText(['Meldcode huiselijk geweld en kindermishandeling'])),
        toelichting: fc.option(filledText, { nil: undefined }),
        aandachtsfunctionarissen: fc.option(maybeOpen(ctx, filledText), { nil: undefined }),
      })
      .map((m): YNode => map([entry('naam', m.naam), entry('toelichting', m.toelichting), entry('aandachtsfunctionarissen', m.aandachtsfunctionarissen)])),
    { nil: undefined, freq: 3 },
  );
}

/** A begrippenlijst or a list of bijlagen: optional; an open entry is a warning and is left out. */
function lijstArb(ctx: Context, keys: [string, readonly string[]][]): fc.Arbitrary<YNode | undefined> {
  const item = fc
    .tuple(...keys.map(([, words]) => maybeOpen(ctx, shortText(words))))
    .map((values): YNode => map(keys.map(([key], i) => entry(key, values[i]))));
  return fc.option(
    fc.array(item, { minLength: 1, maxLength: 3 }).map((items): YNode => ({ kind: 'seq', items })),
    { nil: undefined, freq: 3 },
  );
}

// ---- dates ---------------------------------------------------------------------------------

const DAY = 86_400_000;
const iso = (time: number): string => new Date(time).toISOString().slice(0, 10);
const at = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const addMonths = (date: string, months: number): string => {
  const d = new Date(at(date));
  d.setUTCMonth(d.getUTCMonth() + months);
  return iso(d.getTime());
};
const FREQUENTIES = { per_kwartaal: 3, halfjaarlijks: 6, jaarlijks: 12, tweejaarlijks: 24 } as const;
type Frequentie = keyof typeof FREQUENTIES;

const anyDate = fc.integer({ min: at('2020-01-01') / DAY, max: at('2030-12-31') / DAY }).map((d) => iso(d * DAY));
const daysFrom = (date: string, min: number, max: number) => fc.integer({ min, max }).map((n) => iso(at(date) + n * DAY));

interface Dates {
  datum: string;
  van: string;
  tot: string;
  frequentie: Frequentie;
  laatste: string;
  volgende: string;
}

/** Dates that agree: datum and van before TODAY, tot after it, laatste + one period = volgende, TODAY in between. */
const sensibleDates: fc.Arbitrary<Dates> = fc
  .record({
    datum: daysFrom(TODAY, -500, -1),
    van: daysFrom(TODAY, -700, -1),
    tot: daysFrom(TODAY, 30, 900),
    frequentie: fc.constantFrom<Frequentie>('per_kwartaal', 'halfjaarlijks', 'jaarlijks', 'tweejaarlijks'),
    ahead: fc.integer({ min: 1, max: 80 }),
  })
  .map(({ ahead, frequentie, ...rest }) => {
    const volgende = iso(at(TODAY) + ahead * DAY);
    return { ...rest, frequentie, volgende, laatste: addMonths(volgende, -FREQUENTIES[frequentie]) };
  });

const wildDates: fc.Arbitrary<Dates> = fc.record({
  datum: anyDate,
  van: anyDate,
  tot: anyDate,
  frequentie: fc.constantFrom<Frequentie>('per_kwartaal', 'halfjaarlijks', 'jaarlijks', 'tweejaarlijks'),
  laatste: anyDate,
  volgende: anyDate,
});

// ---- the file ------------------------------------------------------------------------------

/** GI ids as the schema allows them: lower case, digits, "_" and "-", not starting with either. */
export const giIdArb = fc.oneof(fc.constantFrom('jbrv', 'wss', 'lsjr', 'jbn', 'a_b', 'a-b', 'gi1'), fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,6}$/));

function afsprakenSection(ctx: Context): fc.Arbitrary<YNode | undefined> {
  const A = afsprakenArb(ctx);
  const advies = group(ctx, { wanneer: A, hoe: A });
  const instrument = fc
    .record({
      naam: shortText(['Signs of Safety', 'LIRIK', 'Deltamethode']),
      gebruikt_door: fc.uniqueArray(refArb(ctx), { minLength: 1, maxLength: 4 }),
      doel: fc.option(filledText, { nil: undefined }),
      flow: fc.boolean(),
    })
    .map(
      ({ naam, gebruikt_door, doel, flow }): YNode =>
        map([entry('naam', naam), entry('gebruikt_door', { kind: 'seq', items: gebruikt_door.map((r) => scalar(r)), flow }), entry('doel', doel)]),
    );
  // A complete file names an instrument for every organisation, so h has no gap of its own.
  const everyone: YNode = map([
    entry('naam', scalar('1Gezin1Plan')),
    entry('gebruikt_door', { kind: 'seq', items: ['lokaal_team', 'veilig_thuis', 'rvdk', 'gi'].map((r) => scalar(r)), flow: true }),
  ]);
  const instrumenten = maybeOpenGroup(
    ctx,
    fc
      .array(instrument, { maxLength: 3 })
      .map((items): YNode => ({ kind: 'seq', items: ctx.level === 'willekeurig' && items.length > 0 ? items : [...items, everyone] })),
  );
  const stap = fc
    .record({
      niveau: maybeOpen(ctx, shortText(['professional', 'teamleider', 'manager', 'bestuurder'])),
      wie: maybeOpen(ctx, filledText),
      termijn: maybeOpen(ctx, shortText(['binnen 2 werkdagen', 'binnen 5 werkdagen'])),
      toelichting: fc.option(filledText, { nil: undefined }),
    })
    .map((s): YNode => map([entry('niveau', s.niveau), entry('wie', s.wie), entry('termijn', s.termijn), entry('toelichting', s.toelichting)]));
  const stappen = maybeOpenGroup(
    ctx,
    fc.array(stap, { minLength: ctx.level === 'willekeurig' ? 0 : 2, maxLength: 4 }).map((items): YNode => ({ kind: 'seq', items })),
  );
  return group(ctx, {
    a_advies_en_ondersteuning: group(ctx, { veilig_thuis: advies, rvdk: advies, gi: advies }),
    b_informeren_betrokkenen: group(ctx, {
      melding_veilig_thuis: group(ctx, { wie: A, wanneer: A }),
      verzoek_tot_onderzoek: group(ctx, { wie: A, wanneer: A }),
    }),
    c_taakverdeling: group(ctx, { veiligheidsplannen: A, informeren_betrokkenen: A, wachtlijsten: A }),
    d_betrokkenheid: group(ctx, {
      start_en_beeindiging: A,
      overdracht_door_veilig_thuis: A,
      zicht_op_directe_veiligheid: A,
      informatieoverdracht: A,
      kwaliteit_veiligheidsbeoordeling: A,
    }),
    e_nieuwe_zorgen_na_ots: A,
    f_terugkoppeling_verzoek_tot_onderzoek: group(ctx, { wijze: A, gedeelde_informatie: A }),
    g_jeugdhulp_op_indicatie: A,
    h_methoden_en_instrumenten: instrumenten,
    i_escalatie: group(ctx, { stappen, acuut: A }),
    j_casuistiekevaluatie: group(ctx, { werkwijze: A, frequentie: maybeOpen(ctx, shortText(['elk kwartaal', 'twee keer per jaar'])) }),
  });
}

function fileArb(ctx: Context, datesMode: 'sensible' | 'willekeurig'): fc.Arbitrary<GeneratedFile> {
  // Dates and choices are filled, empty or absent: a TODO there is a schema error, not an open point.
  const closed = (filled: fc.Arbitrary<YNode>): fc.Arbitrary<YNode | undefined> =>
    ctx.level === 'compleet'
      ? filled
      : fc.oneof(
          { arbitrary: filled, weight: ctx.level === 'bijna' ? 20 : 4 },
          fc.constant(undefined),
          fc.constant<YNode>({ kind: 'scalar', value: null, nullStyle: 'leeg' }),
        );
  const dateNode = (date: string): fc.Arbitrary<YNode | undefined> =>
    closed(fc.constantFrom<YScalar['style']>('plain', 'double').map((style) => scalar(date, style)));
  return fc
    .record({
      dates: datesMode === 'sensible' ? sensibleDates : wildDates,
      status: fc.constantFrom<string | null | undefined>('concept', 'vastgesteld', 'vastgesteld', null, undefined),
    })
    .chain(({ dates, status }) =>
      fc.record({
        gemeente: maybeOpenGroup(
          ctx,
          fc
            .record({
              naam: maybeOpen(ctx, shortText(WORDS.map((w) => `${w}stad`))),
              cbs: fc.option(fc.integer({ min: 0, max: 9999 }), { nil: undefined }),
              signer: fc.option(ondertekenaarArb(ctx), { nil: undefined }),
              adres: fc.option(maybeOpen(ctx, shortText(['Raadhuisplein 1'])), { nil: undefined }),
              contactpersoon: fc.option(persoonArb(ctx), { nil: undefined }),
              rol: fc.option(maybeOpen(ctx, filledText), { nil: undefined }),
            })
            .map(
              ({ naam, cbs, signer, adres, contactpersoon, rol }): YNode =>
                map([
                  entry('naam', naam),
                  entry('cbs_code', cbs === undefined ? undefined : scalar(`GM${String(cbs).padStart(4, '0')}`)),
                  entry('ondertekenaar', signer),
                  entry('adres', adres),
                  entry('contactpersoon', contactpersoon),
                  entry('rol', rol),
                ]),
            ),
        ),
        regio: fc.option(
          fc.constantFrom('Regio Waterland-Zuid', 'Regio Noord').map((naam): YNode => map([entry('naam', scalar(naam))], true)),
          { nil: undefined },
        ),
        document: maybeOpenGroup(
          ctx,
          fc
            .record({
              titel: maybeOpen(ctx, shortText(['Samenwerkingsafspraken Werken aan veiligheid'])),
              versie: maybeOpen(
                ctx,
                fc.constantFrom('1.0', '0.3', '2.1').map((v) => scalar(v, 'double')),
              ),
              datum: dateNode(dates.datum),
              vastgesteld_door: fc.option(shortText(['het college van B&W']), { nil: undefined }),
              looptijd: maybeOpenGroup(
                ctx,
                fc
                  .record({
                    van: dateNode(dates.van),
                    tot: dateNode(dates.tot),
                    naAfloop: fc.option(maybeOpen(ctx, filledText), { nil: undefined, freq: 3 }),
                    flow: fc.boolean(),
                  })
                  .map(({ van, tot, naAfloop, flow }): YNode => map([entry('van', van), entry('tot', tot), entry('na_afloop', naAfloop)], flow)),
              ),
            })
            .map(
              (d): YNode =>
                map([
                  entry('titel', d.titel),
                  entry('versie', d.versie),
                  entry('status', status === undefined ? undefined : scalar(status)),
                  entry('datum', d.datum),
                  entry('vastgesteld_door', d.vastgesteld_door),
                  entry('looptijd', d.looptijd),
                ]),
            ),
        ),
        visie: maybeOpenGroup(
          ctx,
          fc
            .array(fc.record({ titel: shortText(['Integrale visie Samen werken aan veiligheid']), vastgesteld: fc.option(anyDate, { nil: undefined }) }), {
              minLength: 1,
              maxLength: 2,
            })
            .map(
              (docs): YNode =>
                map([
                  entry('documenten', {
                    kind: 'seq',
                    items: docs.map((d) =>
                      map([entry('titel', d.titel), entry('vastgesteld', d.vastgesteld === undefined ? undefined : scalar(d.vastgesteld))]),
                    ),
                  }),
                ]),
            ),
        ),
        partners: fc
          .record({
            lokaal_team: partnerArb(ctx),
            veilig_thuis: partnerArb(ctx),
            rvdk: partnerArb(ctx),
            gi: ctx.giIds.length === 0 ? fc.constant(undefined) : fc.tuple(...ctx.giIds.map((id) => partnerArb(ctx, id))),
            overig: ctx.overigIds.length === 0 ? fc.constant(undefined) : fc.tuple(...ctx.overigIds.map((id) => overigArb(ctx, id))),
          })
          .map(
            ({ gi, overig, ...fixed }): YNode =>
              map([
                entry('lokaal_team', fixed.lokaal_team),
                entry('veilig_thuis', fixed.veilig_thuis),
                entry('rvdk', fixed.rvdk),
                entry('gi', gi === undefined ? undefined : { kind: 'seq', items: gi.filter((g): g is YNode => g !== undefined) }),
                entry('overig', overig === undefined ? undefined : { kind: 'seq', items: overig }),
              ]),
          ),
        meldcode: meldcodeArb(ctx),
        informatiedeling: informatiedelingArb(ctx),
        begrippen: lijstArb(ctx, [
          ['begrip', ['Driegesprek', 'Inkennisstelling']],
          ['betekenis', ['Een gesprek met het gezin.', 'Veilig Thuis laat het wijkteam weten wat het doet.']],
        ]),
        bijlagen: lijstArb(ctx, [['titel', ['Overdrachtsformulier', 'Contactpersonenlijst']]]),
        afspraken: afsprakenSection(ctx),
        evaluatie: maybeOpenGroup(
          ctx,
          fc
            .record({
              frequentie: closed(fc.constant(scalar(dates.frequentie))),
              laatste: dateNode(dates.laatste),
              volgende: dateNode(dates.volgende),
              wie: maybeOpen(ctx, filledText),
              flow: fc.boolean(),
            })
            .map(
              (e): YNode => map([entry('frequentie', e.frequentie), entry('laatste', e.laatste), entry('volgende', e.volgende), entry('wie', e.wie)], e.flow),
            ),
        ),
        comments: fc.array(fc.constantFrom('onderdeel', 'TODO: nog bespreken', 'zie leidraad §6c', 'a: b # c'), { maxLength: 4 }),
      }),
    )
    .map(({ comments, ...sections }): GeneratedFile => {
      const root = map([
        entry('schema_versie', scalar(1)),
        entry('gemeente', sections.gemeente, comments[0]),
        entry('regio', sections.regio),
        entry('document', sections.document, comments[1]),
        entry('visie', sections.visie),
        entry('partners', sections.partners, comments[2]),
        entry('meldcode', sections.meldcode),
        entry('afspraken', sections.afspraken, comments[3]),
        entry('informatiedeling', sections.informatiedeling),
        entry('evaluatie', sections.evaluatie),
        entry('begrippen', sections.begrippen),
        entry('bijlagen', sections.bijlagen),
      ]);
      return generatedFile(numberTexts(root), ctx);
    });
}

/**
 * Replaces each "§" by a number unique in the file, in document order. Returns a new tree: fast-check
 * hands the same generated values to several runs while shrinking, so they must not be changed.
 */
function numberTexts<T extends YNode>(node: T, counter = { n: 0 }): T {
  if (node.kind === 'scalar') {
    return typeof node.value === 'string' && node.value.includes('§') ? { ...node, value: node.value.replace('§', String(++counter.n)) } : { ...node };
  }
  if (node.kind === 'seq') return { ...node, items: node.items.map((item) => numberTexts(item, counter)) };
  return { ...node, entries: (node as YMap).entries.map((e) => ({ ...e, value: numberTexts(e.value, counter) })) };
}

/** Writes a tree as a file; a failing property prints the YAML text, not the whole object. */
export function generatedFile(tree: YMap, ctx: { giIds: string[]; level: Level }): GeneratedFile {
  const { text, positions } = emit(tree, ['# yaml-language-server: $schema=../schemas/samenwerkingsafspraken.schema.json']);
  const file: GeneratedFile = { text, data: toData(tree) as Record<string, unknown>, positions, tree, giIds: ctx.giIds, level: ctx.level };
  Object.defineProperty(file, fc.toStringMethod, {
    value: () => `\n----- gegenereerd afsprakenbestand -----\n${text}-----\n`,
    enumerable: false,
    configurable: true,
  });
  return file;
}

/** A whole agreement file; see FileOptions. */
export function agreementFile(options: FileOptions = {}): fc.Arbitrary<GeneratedFile> {
  const level = options.level ? fc.constant(options.level) : fc.constantFrom<Level>('compleet', 'bijna', 'bijna', 'willekeurig');
  const minGi = options.level === 'compleet' ? 1 : 0;
  return fc
    .record({
      level,
      giIds: fc.uniqueArray(giIdArb, { minLength: minGi, maxLength: Math.max(minGi, options.maxGi ?? 4) }),
      overigIds: fc.uniqueArray(fc.constantFrom('politie', 'veiligheidsteam', 'ggd', 'rvdk'), { maxLength: 2 }),
    })
    .chain(({ level: chosen, giIds, overigIds }) =>
      fileArb(
        {
          level: chosen,
          giIds: chosen === 'compleet' && giIds.length === 0 ? ['jbrv'] : giIds,
          overigIds,
          coverAll: options.coverAll ?? false,
          open: options.open ?? ['absent', 'leeg', 'placeholder', 'deferral'],
        },
        options.dates ?? 'sensible',
      ),
    );
}

const FACTOR = ((): number => {
  const factor = Number(process.env.SWA_PROPERTY_RUNS ?? '');
  return Number.isFinite(factor) && factor > 0 ? factor : 1;
})();

/** How many runs a property gets: its default, times SWA_PROPERTY_RUNS when that is set (SWA_PROPERTY_RUNS=10: ten times as many). */
export function runs(defaultRuns: number): number {
  return Math.max(1, Math.round(defaultRuns * FACTOR));
}

/** The vitest timeout of one property; grows with SWA_PROPERTY_RUNS. */
export const PROPERTY_TIMEOUT = Math.round(60_000 * Math.max(1, FACTOR));

/**
 * fast-check settings for a property: its number of runs, and a time limit well inside the test's
 * timeout. Shrinking a whole agreement file can take minutes (each step checks and renders it);
 * at the limit fast-check stops and reports the smallest counterexample so far, with its seed and
 * the fields left open. The runs themselves take a few seconds, far below the limit.
 */
export function settings(defaultRuns: number): { numRuns: number; interruptAfterTimeLimit: number } {
  return { numRuns: runs(defaultRuns), interruptAfterTimeLimit: Math.round(30_000 * Math.max(1, FACTOR)) };
}

// ---- a complete file with a few fields left open ------------------------------------------------

const CLOSED_KEYS = new Set(['datum', 'van', 'tot', 'laatste', 'volgende', 'vastgesteld', 'status', 'email', 'cbs_code', 'verantwoordelijk', 'gebruikt_door']);
const NOT_AGREEMENTS = new Set(['termijn', 'toelichting', 'naam', 'doel', 'niveau', 'wie', 'frequentie', 'titel']);

interface Candidate {
  path: Array<string | number>;
  kinds: OpenKind[];
}

/** Every map entry that may be left open, with the ways it can be open and still be valid per the schema. */
function candidates(node: YNode, path: Array<string | number> = []): Candidate[] {
  if (node.kind === 'scalar') return [];
  if (node.kind === 'seq') return node.items.flatMap((item, index) => candidates(item, [...path, index]));
  const inList = typeof path[path.length - 1] === 'number';
  return node.entries.flatMap((e): Candidate[] => {
    const here = [...path, e.key];
    const nested = candidates(e.value, here);
    if (e.key === 'schema_versie' || e.key === 'id') return nested;
    // visie.documenten[].titel and h[].naam are required inside their list item.
    if (inList && (e.key === 'titel' || e.key === 'naam') && (path.includes('documenten') || path.includes('h_methoden_en_instrumenten'))) {
      return [{ path: here, kinds: ['placeholder'] }, ...nested];
    }
    if (e.value.kind !== 'scalar' || CLOSED_KEYS.has(e.key) || (e.key === 'frequentie' && path[0] === 'evaluatie'))
      return [{ path: here, kinds: ['absent', 'leeg'] }, ...nested];
    const agreement = path[0] === 'afspraken' && !NOT_AGREEMENTS.has(e.key);
    return [{ path: here, kinds: agreement ? ['absent', 'leeg', 'placeholder', 'deferral'] : ['absent', 'leeg', 'placeholder'] }];
  });
}

function replaceAt(node: YNode, path: ReadonlyArray<string | number>, value: YNode | undefined): YNode {
  const [head, ...rest] = path;
  if (node.kind === 'seq') return { ...node, items: node.items.map((item, index) => (index === head ? replaceAt(item, rest, value) : item)) };
  if (node.kind !== 'map') return node;
  const entries = node.entries.flatMap((e): YEntry[] => {
    if (e.key !== head) return [e];
    if (rest.length > 0) return [{ ...e, value: replaceAt(e.value, rest, value) }];
    return value === undefined ? [] : [{ ...e, value }];
  });
  return { ...node, entries };
}

export interface Opening {
  /** Which candidate (modulo their number). */
  pick: number;
  kind: OpenKind;
  /** Which placeholder, deferral or empty value (modulo their number). */
  variant: number;
}

const EMPTY_VARIANTS: YScalar[] = [
  { kind: 'scalar', value: null, nullStyle: 'leeg' },
  { kind: 'scalar', value: null, nullStyle: 'tilde' },
  { kind: 'scalar', value: '', style: 'double' },
];

/** Leaves one field of a tree open; returns the tree and what was opened (for the report of a failure). */
export function openOne(tree: YMap, opening: Opening): { tree: YMap; opened: string } {
  const list = candidates(tree);
  if (list.length === 0) return { tree, opened: '' };
  const candidate = list[opening.pick % list.length]!;
  const kind = candidate.kinds.includes(opening.kind) ? opening.kind : candidate.kinds[opening.variant % candidate.kinds.length]!;
  const value: YNode | undefined =
    kind === 'absent'
      ? undefined
      : kind === 'leeg'
        ? candidate.kinds.includes('placeholder')
          ? EMPTY_VARIANTS[opening.variant % EMPTY_VARIANTS.length]
          : EMPTY_VARIANTS[0]
        : kind === 'placeholder'
          ? { kind: 'scalar', value: PLACEHOLDERS[opening.variant % PLACEHOLDERS.length]! }
          : { kind: 'scalar', value: DEFERRALS[opening.variant % DEFERRALS.length]! };
  return { tree: replaceAt(tree, candidate.path, value) as YMap, opened: `${candidate.path.join('.')} → ${kind}` };
}

export const openingArb: fc.Arbitrary<Opening> = fc.record({
  pick: fc.nat({ max: 10_000 }),
  kind: fc.constantFrom<OpenKind>('absent', 'leeg', 'placeholder', 'deferral'),
  variant: fc.nat({ max: 100 }),
});

/**
 * A complete file (every field filled, dates that agree) with zero to `max` fields left open: the
 * domain where "no error ⇔ nothing open in the documents" can be seen to hold or break, field by field.
 */
export function nearlyCompleteFile(options: Omit<FileOptions, 'level'> & { max?: number } = {}): fc.Arbitrary<GeneratedFile & { opened: string[] }> {
  return fc.tuple(agreementFile({ ...options, level: 'compleet' }), fc.array(openingArb, { maxLength: options.max ?? 2 })).map(([file, openings]) => {
    let tree = file.tree;
    const opened: string[] = [];
    for (const opening of openings) {
      const next = openOne(tree, opening);
      tree = next.tree;
      opened.push(next.opened);
    }
    const result = generatedFile(tree, file) as GeneratedFile & { opened: string[] };
    result.opened = opened;
    Object.defineProperty(result, fc.toStringMethod, {
      value: () => `\n----- gegenereerd afsprakenbestand (open gelaten: ${opened.join('; ') || 'niets'}) -----\n${result.text}-----\n`,
      enumerable: false,
    });
    return result;
  });
}

import type { AgreementsModel, Ondertekenaar } from '../core/model/types.js';
import { field, MixedText, sourced, type ShownText, type SourcedText } from '../core/model/source.js';
import { buildView, type ViewOptions } from './view.js';

type View = ReturnType<typeof buildView>;

/**
 * How the partners table describes a partner under its name: the role and the kind of organisation,
 * but the kind alone when it already starts with the role ("Gecertificeerde instelling (regionaal)"
 * under "Gecertificeerde instelling" said the words twice).
 */
export function partnerOmschrijving(rol: string, organisatieType: string | null): string;
export function partnerOmschrijving(rol: string | SourcedText, organisatieType: SourcedText | null): ShownText;
export function partnerOmschrijving(rol: string | SourcedText, organisatieType: string | SourcedText | null): ShownText {
  if (organisatieType === null) return rol;
  if (String(organisatieType).toLocaleLowerCase('nl').startsWith(String(rol).toLocaleLowerCase('nl'))) return organisatieType;
  return typeof rol === 'string' && typeof organisatieType === 'string' ? `${rol} — ${organisatieType}` : new MixedText([rol, ' — ', organisatieType]);
}

/**
 * An agreement stands after its number as a sentence of its own, so it starts with a capital:
 * "j.2 Elk kwartaal", not "j.2 elk kwartaal". Words like "iPad" (a capital second letter) or
 * "'s-Hertogenbosch" stay as written.
 */
export function asSentence(text: string | null): string | null {
  if (text === null) return null;
  const [first, second] = [...text];
  if (first === undefined || first === first.toLocaleUpperCase('nl') || (second !== undefined && second !== second.toLocaleLowerCase('nl'))) return text;
  // Dutch writes "één" at the start of a sentence as "Eén".
  if (text.startsWith('éé')) return `E${text.slice(1)}`;
  return first.toLocaleUpperCase('nl') + text.slice(first.length);
}

const ONDERTEKENAAR = { pad: 'gemeente.ondertekenaar', label: 'Gemeente – ondertekenaar' };

function ondertekenaarView(signer: Ondertekenaar) {
  return {
    naam: sourced(signer.naam, field(ONDERTEKENAAR, 'naam')),
    functie: sourced(signer.functie, field(ONDERTEKENAAR, 'functie')),
    plaats: sourced(signer.plaats, field(ONDERTEKENAAR, 'plaats')),
  };
}

/** The agreement as a sentence keeps its origin: only a first letter changed, which `swa verwerk` compares without. */
function withSentences<T extends { tekst: SourcedText | null }>(afspraken: T[]): T[] {
  return afspraken.map((afspraak) => ({ ...afspraak, tekst: afspraak.tekst?.map((text) => asSentence(text) ?? text) ?? null }));
}

function hoofdstukken(view: View): View['hoofdstukken'] {
  return view.hoofdstukken.map((hoofdstuk) => ({
    ...hoofdstuk,
    onderdelen: hoofdstuk.onderdelen.map((onderdeel) => ({
      ...onderdeel,
      onderwerpen: onderdeel.onderwerpen.map((onderwerp) => ({ ...onderwerp, afspraken: withSentences(onderwerp.afspraken) })),
    })),
  }));
}

/**
 * The view the templates get: buildView's data plus what the wording of the built-in templates
 * needs on top of it (singular or plural, a partner line that does not repeat itself, who signs
 * for the gemeente with where each part stands). `data` is the file's own data, for the places
 * of the findings the document lists (see buildView). Pure.
 */
export function buildDocumentView(model: AgreementsModel, options: ViewOptions, data: unknown) {
  const view = buildView(model, { ...options, data });
  const gis = model.partners.filter((p) => p.key.startsWith('gi.')).length;
  return {
    ...view,
    gemeente: { ...view.gemeente, ondertekenaar: ondertekenaarView(model.gemeente.ondertekenaar) },
    partners: view.partners.map((partner) => ({ ...partner, omschrijving: partnerOmschrijving(partner.rol, partner.organisatieType) })),
    hoofdstukken: hoofdstukken(view),
    escalatie: { ...view.escalatie, acuut: withSentences(view.escalatie.acuut) },
    /** Exactly one GI: "de gecertificeerde instelling", else "de gecertificeerde instellingen". */
    eenGi: gis === 1,
  };
}

export type DocumentViewData = ReturnType<typeof buildDocumentView>;

import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/core/model/build-model.js';
import { asSentence, partnerOmschrijving } from '../../src/render/document-view.js';

describe('the wording the templates get on top of the view', () => {
  it('describes a partner by role and kind, without saying the role twice', () => {
    expect(partnerOmschrijving('Gecertificeerde instelling', 'Gecertificeerde instelling (regionaal)')).toBe('Gecertificeerde instelling (regionaal)');
    expect(partnerOmschrijving('Gecertificeerde instelling', 'gecertificeerde instelling voor jeugdreclassering')).toBe(
      'gecertificeerde instelling voor jeugdreclassering',
    );
    expect(partnerOmschrijving('Veilig Thuis', 'Advies- en meldpunt huiselijk geweld')).toBe('Veilig Thuis — Advies- en meldpunt huiselijk geweld');
    expect(partnerOmschrijving('Raad voor de Kinderbescherming', null)).toBe('Raad voor de Kinderbescherming');
  });

  it('lets an agreement start with a capital, but leaves names with their own capitals alone', () => {
    expect(asSentence('elk kwartaal')).toBe('Elk kwartaal');
    expect(asSentence('één keer per jaar')).toBe('Eén keer per jaar');
    expect(asSentence('Al een hoofdletter.')).toBe('Al een hoofdletter.');
    expect(asSentence('iPad-app van de GI')).toBe('iPad-app van de GI');
    expect(asSentence("'s-Hertogenbosch beslist")).toBe("'s-Hertogenbosch beslist");
    expect(asSentence('1Gezin1Plan')).toBe('1Gezin1Plan');
    expect(asSentence(null)).toBeNull();
  });
});

describe('who signs for the gemeente', () => {
  it('the model reads gemeente.ondertekenaar, treating empty and TODO-like values as not given', () => {
    const data = { gemeente: { naam: 'Voorbeeldstad', ondertekenaar: { naam: 'H. Visser', functie: 'TODO', plaats: '' } } };
    expect(buildModel(data).gemeente.ondertekenaar).toEqual({ naam: 'H. Visser', functie: null, plaats: null });
    expect(buildModel({ gemeente: { naam: 'Voorbeeldstad' } }).gemeente.ondertekenaar).toEqual({ naam: null, functie: null, plaats: null });
    expect(buildModel({ gemeente: { ondertekenaar: 'H. Visser' } }).gemeente.ondertekenaar).toEqual({ naam: null, functie: null, plaats: null });
  });
});

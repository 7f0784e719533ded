import { describe, expect, it } from 'vitest';
import { assessAfspraken, textState, textStateUncached, type TextState } from '../../src/core/domain/afspraak-text.js';

/** The answer as worked out afresh (see textStateUncached), after checking the remembered one agrees. */
const stateOf = (value: unknown): TextState => {
  const fresh = textStateUncached(value);
  expect(textState(value), String(value)).toBe(fresh);
  expect(textState(value), `${String(value)}, asked again`).toBe(fresh);
  return fresh;
};

describe('textState', () => {
  it.each([
    'TODO',
    'todo',
    'nog invullen',
    'Nog invullen',
    '...',
    '…',
    'xxx',
    'XXX',
    '-',
    ' TODO ',
    'TODO afstemmen met de RvdK',
    'nog invullen wat de GI overdraagt',
    'tbd',
    'FIXME',
  ])('%j is a placeholder', (value) => expect(stateOf(value)).toBe('placeholder'));

  it.each(['n.t.b.', 'N.T.B.', 'n.t.b', 'n.t.b. met Veilig Thuis', 'volgt', 'p.m.', 'Zie bijlage 3.'])(
    '%j puts the agreement off (see uitstel.test.ts for the whole list)',
    (value) => expect(stateOf(value)).toBe('uitstel'),
  );

  it.each([undefined, null, '', '   ', '\n'])('%j is empty', (value) => expect(stateOf(value)).toBe('leeg'));

  it.each([
    'Veilig Thuis informeert het wijkteam binnen 5 werkdagen.',
    'Todos los casos',
    'xxxl',
    'Nog in overleg, maar de RvdK belt het wijkteam terug.',
    '-5 graden',
    'Telefonisch ... of per mail',
  ])('%j is a real agreement', (value) => expect(stateOf(value)).toBe('ingevuld'));

  it('reads numbers and booleans as text (the schema reports their type)', () => {
    expect(stateOf(5)).toBe('ingevuld');
    expect(stateOf(true)).toBe('ingevuld');
  });

  it('does not see a group or a list as text', () => {
    expect(stateOf({ afspraak: 'x' })).toBe('leeg');
    expect(stateOf(['x'])).toBe('leeg');
  });
});

describe('assessAfspraken', () => {
  it('accepts an afspraak as text or as { afspraak }', () => {
    expect(assessAfspraken('Het wijkteam belt.', ['p'])).toEqual({ filled: true, issues: [] });
    expect(assessAfspraken({ afspraak: 'Het wijkteam belt.', termijn: 'n.t.b.' }, ['p'])).toEqual({ filled: true, issues: [] });
  });

  it('points at the `afspraak` text inside a group, and at the group when that key is missing', () => {
    expect(assessAfspraken({ afspraak: 'TODO' }, ['p'])).toEqual({ filled: false, issues: [{ path: ['p', 'afspraak'], state: 'placeholder' }] });
    expect(assessAfspraken({ termijn: '5 dagen' }, ['p'])).toEqual({ filled: false, issues: [{ path: ['p'], state: 'leeg' }] });
  });

  it('reports each open item of a list; one real item is enough to count as filled', () => {
    expect(assessAfspraken(['Het wijkteam belt.', 'TODO', null], ['p'])).toEqual({
      filled: true,
      issues: [
        { path: ['p', 1], state: 'placeholder' },
        { path: ['p', 2], state: 'leeg' },
      ],
    });
    expect(assessAfspraken([], ['p'])).toEqual({ filled: false, issues: [{ path: ['p'], state: 'leeg' }] });
  });
});

import type { PathSegment } from '../../findings.js';
import { isMap } from '../domain/data-access.js';
import { defineRule } from './define-rule.js';
import { onderdeelOfPath } from '../domain/onderdeel-of-path.js';

/** A value wrapped in Word's quotes: YAML does not see them as quotes, so they end up in the document. */
const WRAPPED_IN_CURLY_QUOTES = /^\s*[“”„‘’‚].*[“”‘’]\s*$/s;

export const gekruldeAanhalingstekens = defineRule({
  id: 'gekrulde-aanhalingstekens',
  severity: 'waarschuwing',
  titel: 'Een waarde staat tussen gekrulde aanhalingstekens (uit Word), die in het document terechtkomen.',
  hulp: 'Tekst die uit Word is gekopieerd, heeft vaak gekrulde aanhalingstekens (“ ”). YAML kent alleen rechte (" en \'), dus de krullen komen letterlijk in het document. Vervang ze door rechte aanhalingstekens of haal ze weg.',
  grondslag: null,
  run(context) {
    const visit = (node: unknown, path: PathSegment[]): void => {
      if (typeof node === 'string') {
        if (WRAPPED_IN_CURLY_QUOTES.test(node)) {
          context.report({
            path,
            onderdeel: onderdeelOfPath(path),
            at: 'value',
            message: `Deze tekst staat tussen ${quoteName(node)}, zoals Word ze maakt. YAML kent alleen rechte aanhalingstekens (" of '), dus nu komen de krullen letterlijk in het document. Vervang ze door rechte aanhalingstekens of haal ze weg; \`swa check --herstel\` doet dat voor u.`,
          });
        }
      } else if (Array.isArray(node)) {
        node.forEach((item, index) => visit(item, [...path, index]));
      } else if (isMap(node)) {
        for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
      }
    };
    visit(context.data, []);
  },
});

/** Names the quotes the text really has: Word makes both double (“ ”) and single (‘ ’) ones. */
function quoteName(text: string): string {
  const first = text.trim().charAt(0);
  return /[‘’‚]/.test(first) ? 'gekrulde enkele aanhalingstekens (‘ ’)' : 'gekrulde aanhalingstekens (“ ”)';
}

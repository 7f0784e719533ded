import { defineRule } from './define-rule.js';
import { onderdeelOfPath } from '../domain/onderdeel-of-path.js';
import { unusualTexts } from './walk-text.js';

/** A value wrapped in Word's quotes: YAML does not see them as quotes, so they end up in the document. */
const WRAPPED_IN_CURLY_QUOTES = /^\s*[“”„‘’‚].*[“”‘’]\s*$/s;

export const gekruldeAanhalingstekens = defineRule({
  id: 'gekrulde-aanhalingstekens',
  severity: 'waarschuwing',
  titel: 'Een waarde staat tussen gekrulde aanhalingstekens (uit Word), die in het document terechtkomen.',
  hulp: 'Tekst die uit Word is gekopieerd, heeft vaak gekrulde aanhalingstekens (“ ”). YAML kent alleen rechte (" en \'), dus de krullen komen letterlijk in het document. Vervang ze door rechte aanhalingstekens of haal ze weg.',
  grondslag: null,
  run(context) {
    for (const { text, path, key } of unusualTexts(context.data)) {
      if (key || !WRAPPED_IN_CURLY_QUOTES.test(text)) continue;
      context.report({
        path,
        onderdeel: onderdeelOfPath(path),
        at: 'value',
        message: `Deze tekst staat tussen ${quoteName(text)}, zoals Word ze maakt. YAML kent alleen rechte aanhalingstekens (" of '), dus nu komen de krullen letterlijk in het document. Vervang ze door rechte aanhalingstekens of haal ze weg; \`swa check --herstel\` doet dat voor u.`,
      });
    }
  },
});

/** Names the quotes the text really has: Word makes both double (“ ”) and single (‘ ’) ones. */
function quoteName(text: string): string {
  const first = text.trim().charAt(0);
  return /[‘’‚]/.test(first) ? 'gekrulde enkele aanhalingstekens (‘ ’)' : 'gekrulde aanhalingstekens (“ ”)';
}

/**
 * Text that came from a file (a key, a value, a file name, a message quoting them) made safe to
 * print on one line of a log or terminal. Every character that could end the line, start a new
 * one, drive the terminal or reorder what the reader sees is shown as a visible escape instead:
 * C0 controls (`\n`, `\r`, `\t`, ESC as `\u001b`), DEL and the C1 controls (NEL among them), the
 * Unicode line and paragraph separators, and the bidi controls (U+061C, U+200E/F, U+202A–202E,
 * U+2066–2069) that make "evil" display as "live". Lone surrogates, which no terminal can show,
 * are escaped as well. So no log line can be started by input: a YAML key
 * `"x\n::error file=…::INJECTED"` prints as `x\n::error …` on the line of its finding.
 *
 * The CLI prints its own progress and outcome lines through this function too.
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, escapeChar);
}

const INVISIBLE =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(char: string): string {
  return SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

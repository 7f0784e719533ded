import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/generated/schema-validator.js';

/** ajv-formats' own `uri` check, which the generated validator tries after its quick test (scripts/build.mjs). */
const fullUri = (createRequire(import.meta.url)('ajv-formats/dist/formats') as { fullFormats: { uri: (value: string) => boolean } }).fullFormats.uri;

/** Whether the generated validator accepts `url` as the address of a vision document. */
function accepted(url: string): boolean {
  validate({ visie: { documenten: [{ titel: 'Visie', url }] } });
  return !(validate.errors ?? []).some((error) => error.instancePath === '/visie/documenten/0/url');
}

const part = (chars: string, maxLength = 12): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...chars), maxLength });
const URL_CHARS = "abcXYZ019.-_~!$&'()*+,;=:@/?#%[] éſK\n";
const urlLike = fc
  .tuple(
    fc.constantFrom('http', 'https', 'HTTPS', 'hTtP', 'ftp', 'mailto', 'http s', '', '1http'),
    fc.constantFrom('://', ':', ':/', ':///', '//', ''),
    part('abcXYZ019.-_~%:@[]é', 20),
    fc.option(part(URL_CHARS, 30), { nil: '' }),
    fc.option(
      part(URL_CHARS, 10).map((query) => `?${query}`),
      { nil: '' },
    ),
    fc.option(
      part(URL_CHARS, 10).map((fragment) => `#${fragment}`),
      { nil: '' },
    ),
  )
  .map((parts) => parts.join(''));

describe('the schema format uri', () => {
  it('accepts exactly what ajv-formats accepts, also where its quick test for ordinary addresses decides', () => {
    fc.assert(
      fc.property(fc.oneof(urlLike, fc.string({ unit: fc.constantFrom(...URL_CHARS) })), (url) => {
        expect(accepted(url), url).toBe(fullUri(url));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['https://www.voorbeeldstad.nl/documenten/visie-samen-werken-aan-veiligheid', true],
    ['HTTP://WWW.EXAMPLE.NL/A/B?x=1&y=2#deel', true],
    ['https://www.example.nl:8080/pad', true],
    ['https://www.example.nl/pad%20met%20spatie', true],
    ['https://www.example.nl/pad met spatie', false],
    ['www.voorbeeldstad.nl', false],
    ['https://ex ample.nl', false],
  ])('%j: %s', (url, expected) => {
    expect(accepted(url)).toBe(expected);
    expect(fullUri(url)).toBe(expected);
  });
});

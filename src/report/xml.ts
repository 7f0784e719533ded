import { withoutXmlInvalid } from '../core/domain/xml-chars.js';

/** Characters XML 1.0 does not allow at all, not even escaped, become U+FFFD (see core/domain/xml-chars.ts). */
export function xmlText(value: string): string {
  return withoutXmlInvalid(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export function element(name: string, attributes: Record<string, string | number>, children: string[] | string | null, indent: string): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${xmlAttribute(String(value))}"`)
    .join('');
  if (children === null || children.length === 0) return `${indent}<${name}${attrs}/>`;
  if (typeof children === 'string') return `${indent}<${name}${attrs}>${xmlText(children)}</${name}>`;
  return `${indent}<${name}${attrs}>\n${children.join('\n')}\n${indent}</${name}>`;
}

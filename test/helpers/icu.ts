/**
 * The parameters of an ICU MessageFormat template, read from its syntax tree (intl-messageformat's
 * own parser): `{n}`, `{n, number}`, `{n, plural, one {# dag} other {# dagar}}` and `{d, date, long}`
 * all name one parameter, and the words inside a plural's branches name none.
 */
import { IntlMessageFormat } from 'intl-messageformat';

interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}

/** Element types that name a parameter: argument, number, date, time, select, plural. */
const NAMED = new Set([1, 2, 3, 4, 5, 6]);

function walk(elements: readonly Element[], into: Set<string>): void {
  for (const el of elements) {
    if (NAMED.has(el.type) && typeof el.value === 'string') into.add(el.value);
    for (const option of Object.values(el.options ?? {})) walk(option.value, into);
    if (el.children) walk(el.children, into);
  }
}

/** The sorted parameter names of a template; throws when the template is not valid ICU MessageFormat. */
export function icuParams(template: string): string[] {
  const ast = new IntlMessageFormat(template, 'en', undefined, { ignoreTag: true }).getAst() as unknown as Element[];
  const names = new Set<string>();
  walk(ast, names);
  return [...names].sort();
}

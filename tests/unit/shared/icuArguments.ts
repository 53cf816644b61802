/** What an ICU message asks for, read from intl-messageformat's own parse (test helper). */
import { IntlMessageFormat } from 'intl-messageformat';

export type ArgumentKind = 'text' | 'number' | 'plural' | 'select';

// The parser's element types (@formatjs/icu-messageformat-parser TYPE): argument, number, select, plural, tag.
const KIND: Record<number, ArgumentKind | undefined> = { 1: 'text', 2: 'number', 5: 'select', 6: 'plural' };

interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}

export interface PluralUse {
  argument: string;
  /** The option selectors, e.g. ['zero', 'one', 'two', 'few', 'many', 'other'] or ['=0', 'one', 'other']. */
  selectors: string[];
  /** Whether some option prints the number (`#`). */
  printsNumber: boolean;
}

/** Parses `message` (throws if it is not valid ICU) and lists its arguments and plurals. */
export function icuArguments(message: string, locale: string): { args: Map<string, ArgumentKind>; plurals: PluralUse[] } {
  const args = new Map<string, ArgumentKind>();
  const plurals: PluralUse[] = [];
  const hasPound = (elements: Element[]): boolean => elements.some((e) => e.type === 7 || (e.type !== 6 && Object.values(e.options ?? {}).some((o) => hasPound(o.value))));
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      const kind = KIND[element.type];
      if (kind && typeof element.value === 'string' && args.get(element.value) !== 'plural') args.set(element.value, kind);
      if (element.type === 6)
        plurals.push({ argument: element.value as string, selectors: Object.keys(element.options!), printsNumber: Object.values(element.options!).some((o) => hasPound(o.value)) });
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return { args, plurals };
}

/**
 * A result's figure as a reader sees it: its qualifier ("more than 764",
 * "about 3.5 million", "EUR 2 to 3 million"), its currency and its scale are
 * data (see `QUALIFIERS` in `src/schemas/case.ts`), put into words here in the
 * page's language, so the label never has to carry them.
 */
import { SCALE_FACTOR, type NumberScale, type Qualifier } from '../../schemas/case';
import { formatNumber, t, type Lang } from './i18n';

/** The parts of a result that make its figure. */
export interface Figure {
  value: number;
  qualifier?: Qualifier | undefined;
  upper?: number | undefined;
  currency?: string | undefined;
  scale?: NumberScale | undefined;
}

/** One number, with its currency and scale: `3.5 million`, `$1.2B`, `15,000 €`. */
function amount(lang: Lang, value: number, figure: Figure): string {
  const full = figure.scale ? value * SCALE_FACTOR[figure.scale] : value;
  const options: Intl.NumberFormatOptions = {
    ...(figure.currency ? { style: 'currency', currency: figure.currency } : {}),
    ...(figure.scale ? { notation: 'compact', compactDisplay: 'long' } : {}),
    maximumFractionDigits: figure.scale ? 2 : figure.currency ? 0 : 3,
  };
  return formatNumber(lang, full, options);
}

/** The figure of a result in words: `more than 764`, `from 2 to 3 million`. */
export function formatFigure(lang: Lang, figure: Figure): string {
  const value = amount(lang, figure.value, figure);
  const qualifier = figure.qualifier ?? 'exact';
  if (qualifier === 'exact') return value;
  if (qualifier === 'range')
    return t(lang, 'qualifier.range', { value, upper: amount(lang, figure.upper ?? figure.value, figure) });
  return t(lang, `qualifier.${qualifier}`, { value });
}

/** Every citation format for one citation, each written by its own module. */
import { apaInText, apaReference } from './apa';
import { formatBibtex } from './bibtex';
import type { CiteContext, CiteFormat } from './context';
import { cslItem } from './csl';
import { formatGost } from './gost';
import { formatRis } from './ris';

/** The citation in every format, as text, and APA's in-text citation that goes with it. */
export function citeAll(ctx: CiteContext): Record<CiteFormat | 'apaInText', string> {
  return {
    gost: formatGost(ctx),
    apa: apaReference(ctx),
    apaInText: apaInText(ctx),
    bibtex: formatBibtex(ctx),
    ris: formatRis(ctx),
    csl: JSON.stringify([cslItem(ctx)], null, 2),
  };
}

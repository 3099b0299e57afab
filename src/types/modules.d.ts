/** Types for the packages this edition uses that ship none. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): Record<string, Record<string, unknown>> };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module 'vnu-jar' {
  const path: string;
  export default path;
}
declare module 'subset-font' {
  /** HarfBuzz's subsetter: `font` cut down to the glyphs `text` needs. */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
      noHinting?: boolean;
      /** OpenType feature tags to keep (`hb-subset --layout-features`); all by default. */
      keepFeatures?: string[];
    },
  ): Promise<Buffer>;
}
declare module 'citeproc' {
  /** citeproc-js: only what the read-back tests use. */
  const CSL: {
    Engine: new (
      sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): unknown },
      style: string,
    ) => {
      updateItems(ids: string[]): void;
      makeBibliography(): [unknown, string[]];
    };
  };
  export default CSL;
}

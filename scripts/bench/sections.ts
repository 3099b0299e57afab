/**
 * The sections `npm run bench` runs, in order. A new measurement is a new module exporting a
 * Section, added here.
 */
import { lighthouseSection } from './lighthouse-all.ts';
import { normaliserSection } from './normaliser.ts';
import { pagesSection } from './pages.ts';
import type { Section } from './section.ts';
import { searchBudgetsSection } from './search-budgets.ts';
import { searchQualitySection } from './search-quality-section.ts';
import { searchSection } from './search.ts';

export const SECTIONS: Section[] = [
  pagesSection,
  lighthouseSection,
  searchSection,
  searchBudgetsSection,
  searchQualitySection,
  normaliserSection,
];

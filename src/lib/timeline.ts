/**
 * The geometry of the incident timeline, computed at build time: years across, one lane per
 * country, each country with its own shape as well as colour, so the figure reads in print,
 * in greyscale and for readers who do not tell the colours apart.
 */

interface TimelineIncident {
  id: string;
  year: number;
  yearEnd?: number | undefined;
  country: string;
}

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';

/** The country lanes in a fixed order, each with its shape and a colour class. */
const COUNTRY_STYLE: Record<string, { shape: Shape; tone: number }> = {
  KZ: { shape: 'circle', tone: 1 },
  KG: { shape: 'square', tone: 2 },
  TJ: { shape: 'triangle', tone: 3 },
  UZ: { shape: 'diamond', tone: 4 },
};

interface TimelineLayout {
  width: number;
  height: number;
  lanes: { country: string; y: number }[];
  ticks: { year: number; x: number }[];
  marks: { id: string; country: string; x: number; xEnd?: number; y: number; shape: Shape; tone: number }[];
}

const LABEL = 110; // room for the country names at the left
const TOP = 16;
const LANE = 40;
const AXIS = 34;

/**
 * Lays the incidents out on a `width`-wide figure.
 * @example layoutTimeline(incidents, 720).marks[0] // { id, x, y, shape, … }
 */
export function layoutTimeline(incidents: TimelineIncident[], width: number, tickStep = 5): TimelineLayout {
  const countries = Object.keys(COUNTRY_STYLE).filter((c) => incidents.some((i) => i.country === c));
  const unknown = incidents.find((i) => !COUNTRY_STYLE[i.country]);
  if (unknown)
    throw new Error(
      `timeline: no lane for country ${unknown.country} (${unknown.id}); add it to COUNTRY_STYLE`,
    );
  const first = Math.floor(Math.min(...incidents.map((i) => i.year)) / 5) * 5;
  const last = Math.ceil((Math.max(...incidents.map((i) => i.yearEnd ?? i.year)) + 1) / 5) * 5;
  const x = (year: number) => LABEL + ((year - first) / (last - first)) * (width - LABEL - 16);
  const lanes = countries.map((country, i) => ({ country, y: TOP + i * LANE + LANE / 2 }));
  const laneY = new Map(lanes.map((l) => [l.country, l.y]));
  const ticks = [];
  for (let year = first; year <= last; year += tickStep) ticks.push({ year, x: x(year) });
  const marks = incidents.map((i) => ({
    id: i.id,
    country: i.country,
    x: x(i.year),
    ...(i.yearEnd ? { xEnd: x(i.yearEnd) } : {}),
    y: laneY.get(i.country)!,
    ...COUNTRY_STYLE[i.country]!,
  }));
  return { width, height: TOP + countries.length * LANE + AXIS, lanes, ticks, marks };
}

/** The SVG path of a mark's shape, centred on (x, y), `r` from centre to edge. */
export function shapePath(shape: Shape, x: number, y: number, r = 7): string {
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${x},${y - r - 1}L${x + r + 1},${y + r}H${x - r - 1}Z`;
    case 'diamond':
      return `M${x},${y - r - 2}L${x + r + 2},${y}L${x},${y + r + 2}L${x - r - 2},${y}Z`;
  }
}

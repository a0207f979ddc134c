import { addDays, daysBetween } from '../common/dates';
import type { GenerateInput } from './dataset';
import { DEMO_SEED, Rng } from './prng';

/**
 * The demo world's clock and dice, shared by every part of the generator.
 *
 * One random stream per part of the world (`stream(label)`), so that editing one part of
 * the catalogue does not reshuffle the others. Parts draw from `rng` in a fixed order:
 * the same `today` and reference data give the same dataset.
 */
export class DemoWorld {
  rng = new Rng(DEMO_SEED);
  readonly today: string;
  readonly yesterday: string;
  private readonly nowMs: number;

  constructor(readonly input: GenerateInput) {
    this.today = input.today;
    this.yesterday = addDays(input.today, -1);
    this.nowMs = input.now.getTime();
  }

  /** Switches to the random stream of one part of the world. */
  stream(label: string): void {
    this.rng = new Rng(DEMO_SEED ^ fnv1a(label));
  }

  /** The date `offset` days from today. */
  day(offset: number): string {
    return addDays(this.today, offset);
  }

  /** A random date from `from` to `to` (inclusive); `from` when the range is empty. */
  between(from: string, to: string): string {
    return to <= from ? from : addDays(from, this.rng.int(0, daysBetween(from, to)));
  }

  /** A timestamp on `date` at `minute` past midnight, Western Indonesia Time; never in the future. */
  stamp(date: string, minute: number): string {
    const m = Math.max(0, Math.min(24 * 60 - 1, Math.round(minute)));
    const iso = `${date}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+07:00`;
    return date >= this.today && Date.parse(iso) > this.nowMs ? this.input.now.toISOString() : iso;
  }

  /** A minute of office hours. */
  officeMinute(): number {
    return this.rng.int(8 * 60, 16 * 60 + 30);
  }
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** FNV-1a: a 32-bit hash of a label, to derive one seed per random stream. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

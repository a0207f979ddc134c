import { AGENCIES, DEMO_PROVINCES } from '../catalogue';
import type { AgencyRow } from '../dataset';
import type { DemoWorld } from '../world';

/** The agencies, with how reliably each one follows up (0.1–0.95, drawn around its province's performance). */
export interface Agencies {
  rows: AgencyRow[];
  reliability: number[];
  /** The index of the agency with this catalogue key. */
  A(key: string): number;
  /** Short name for texts: acronym, else name. */
  label(i: number): string;
}

export function generateAgencies(w: DemoWorld): Agencies {
  const { input } = w;
  const regencyByCode = new Map(input.regencies.map((r) => [r.code, r]));
  const profileOf = new Map(DEMO_PROVINCES.map((p) => [p.code, p]));

  w.stream('agencies');
  const rows: AgencyRow[] = [];
  const index = new Map<string, number>();
  const reliability: number[] = [];
  AGENCIES.forEach((spec, i) => {
    if (index.has(spec.key)) throw new Error(`Demo data: duplicate agency key ${spec.key}`);
    if (spec.regency && regencyByCode.get(spec.regency)?.provinceCode !== spec.province) {
      throw new Error(`Demo data: agency ${spec.key} names regency ${spec.regency} outside province ${spec.province}`);
    }
    index.set(spec.key, rows.length);
    rows.push({
      key: spec.key,
      name: spec.name,
      acronym: spec.acronym,
      sector: spec.sector,
      level: spec.level,
      provinceCode: spec.province,
      regencyCode: spec.regency,
      active: spec.active,
      createdAt: w.stamp(w.day(-760 + (i % 30)), 7 * 60 + i),
    });
    const base = spec.province ? (profileOf.get(spec.province)?.performance ?? 0.6) : 0.6;
    reliability.push(spec.reliability ?? Math.max(0.1, Math.min(0.95, base + (w.rng.next() - 0.5) * 0.4)));
  });
  return {
    rows,
    reliability,
    A(key) {
      const i = index.get(key);
      if (i === undefined) throw new Error(`Demo data: unknown agency key ${key}`);
      return i;
    },
    label: (i) => rows[i].acronym ?? rows[i].name,
  };
}

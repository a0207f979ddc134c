import type { Sql } from '../../common/sql';
import type { ProvinceModel, RegencyModel } from './province.model';
import { allProvinces, allRegencies } from './province.sql';

/**
 * Provinces and regencies never change while the hub runs, so they are read once at
 * start and served from memory: resolving `province` on a thousand rows costs no SQL.
 */
export class ReferenceData {
  private constructor(
    readonly provinces: ProvinceModel[],
    private readonly provinceByCode: Map<string, ProvinceModel>,
    private readonly regencyByCode: Map<string, RegencyModel>,
    private readonly regenciesByProvince: Map<string, RegencyModel[]>,
  ) {}

  static async load(sql: Sql): Promise<ReferenceData> {
    const provinces = await allProvinces(sql);
    const regencies = await allRegencies(sql);
    const byProvince = new Map<string, RegencyModel[]>();
    for (const r of regencies) {
      const list = byProvince.get(r.provinceCode) ?? [];
      list.push(r);
      byProvince.set(r.provinceCode, list);
    }
    return new ReferenceData(
      provinces,
      new Map(provinces.map((p) => [p.code, p])),
      new Map(regencies.map((r) => [r.code, r])),
      byProvince,
    );
  }

  province(code: string | null | undefined): ProvinceModel | null {
    return code ? (this.provinceByCode.get(code) ?? null) : null;
  }

  regency(code: string | null | undefined): RegencyModel | null {
    return code ? (this.regencyByCode.get(code) ?? null) : null;
  }

  regenciesOf(provinceCode: string): RegencyModel[] {
    return this.regenciesByProvince.get(provinceCode) ?? [];
  }
}

let current: ReferenceData | null = null;

export function setReferenceData(data: ReferenceData) {
  current = data;
}

export function referenceData(): ReferenceData {
  if (!current) throw new Error('Reference data not loaded yet');
  return current;
}

/**
 * True when a province code is given but names no province. Services then skip their
 * permission check, so a typo reads as bad input (reported with the other input errors)
 * rather than as "not your province".
 */
export function unknownProvince(code: string | null | undefined): boolean {
  return !!code && !referenceData().province(code);
}

/** Every SQL statement of the provinces module: the reference data, read once at start. */
import type { Sql } from '../../common/sql';
import type { ProvinceModel, RegencyModel } from './province.model';

export function allProvinces(sql: Sql) {
  return sql.all<ProvinceModel>('select code, name, iso_code as "isoCode" from province order by code');
}

export function allRegencies(sql: Sql) {
  return sql.all<RegencyModel>('select code, name, province_code as "provinceCode" from regency order by code');
}

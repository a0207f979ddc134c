/** Every SQL statement of the provinces module: the reference data, read once at start. */
import { selectList, type Sql } from '../../common/sql';
import type { ProvinceModel, RegencyModel } from './province.model';

const PROVINCE_COLUMNS = selectList({ code: 'code', name: 'name', isoCode: 'iso_code' } satisfies Record<keyof ProvinceModel, string>);
const REGENCY_COLUMNS = selectList({ code: 'code', name: 'name', provinceCode: 'province_code' } satisfies Record<keyof RegencyModel, string>);

export function allProvinces(sql: Sql) {
  return sql.all<ProvinceModel>(`select ${PROVINCE_COLUMNS} from province order by code`);
}

export function allRegencies(sql: Sql) {
  return sql.all<RegencyModel>(`select ${REGENCY_COLUMNS} from regency order by code`);
}

import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { AgencyLevel, Sector } from '../../common/enums';
import { Province, Regency } from '../province/province.entity';

@Entity({ tableName: 'agency' })
@Index({ properties: ['province', 'sector'] })
export class Agency {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 300 })
  name!: string;

  @Property({ type: 'string', length: 50, nullable: true })
  acronym: string | null = null;

  @Enum({ items: () => Sector, type: 'text' })
  sector!: Sector;

  @Enum({ items: () => AgencyLevel, type: 'text' })
  level!: AgencyLevel;

  @ManyToOne(() => Province, { nullable: true, fieldName: 'province_code' })
  province: Province | null = null;

  @ManyToOne(() => Regency, { nullable: true, fieldName: 'regency_code', index: true })
  regency: Regency | null = null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Role } from '../../common/enums';
import { Agency } from '../agency/agency.entity';
import { Province } from '../province/province.entity';

@Entity({ tableName: 'hub_user' })
export class User {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Stored lower-cased; unique. */
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  /** argon2id hash; never leaves the server. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role, type: 'text' })
  role!: Role;

  @ManyToOne(() => Province, { nullable: true, fieldName: 'province_code' })
  province: Province | null = null;

  @ManyToOne(() => Agency, { nullable: true, index: true })
  agency: Agency | null = null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();
}

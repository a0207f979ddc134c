import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Province } from '../province/province.entity';
import { User } from '../user/user.entity';

/** An immutable record of one successful mutation. The API offers no way to change or delete it. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['entityType', 'entityId'] })
@Index({ properties: ['province', 'id'] })
export class AuditEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime' })
  at: Date = new Date();

  @ManyToOne(() => User, { nullable: true, index: true })
  actor: User | null = null;

  @Property({ type: 'string', length: 100 })
  action!: string;

  @Property({ type: 'string', length: 50 })
  entityType!: string;

  @Property({ type: 'string', length: 50 })
  entityId!: string;

  /** The province the record belongs to, so coordinators can read their province's trail. */
  @ManyToOne(() => Province, { nullable: true, fieldName: 'province_code' })
  province: Province | null = null;

  @Property({ type: 'json', nullable: true })
  changes: Record<string, { before: unknown; after: unknown }> | null = null;
}

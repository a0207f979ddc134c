import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { ActionStatus, Priority } from '../../common/enums';
import { Agency } from '../agency/agency.entity';
import { Commitment } from '../commitment/commitment.entity';
import { Meeting } from '../meeting/meeting.entity';
import { Province } from '../province/province.entity';
import { Recommendation } from '../recommendation/recommendation.entity';
import { User } from '../user/user.entity';

/** A follow-up action assigned to one agency. `version` grows on every change (optimistic concurrency). */
@Entity({ tableName: 'action_item' })
@Index({ properties: ['province', 'dueOn'] })
@Index({ properties: ['agency', 'dueOn'] })
export class ActionItem {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne(() => Province, { fieldName: 'province_code' })
  province!: Province;

  @ManyToOne(() => Agency)
  agency!: Agency;

  @ManyToOne(() => Commitment, { nullable: true, index: true })
  commitment: Commitment | null = null;

  @ManyToOne(() => Meeting, { nullable: true, index: true })
  meeting: Meeting | null = null;

  /** The recommendation of an oversight body this item implements, if any. */
  @ManyToOne(() => Recommendation, { nullable: true, index: true })
  recommendation: Recommendation | null = null;

  @Enum({ items: () => Priority, type: 'text' })
  priority: Priority = Priority.MEDIUM;

  @Enum({ items: () => ActionStatus, type: 'text' })
  status: ActionStatus = ActionStatus.OPEN;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One entry of an action item's history: a note, a status change, or both. Never changed once written. */
@Entity({ tableName: 'action_update' })
@Index({ properties: ['actionItem', 'createdAt'] })
export class ActionUpdate {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => ActionItem)
  actionItem!: ActionItem;

  @ManyToOne(() => User)
  author!: User;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Enum({ items: () => ActionStatus, type: 'text', nullable: true })
  fromStatus: ActionStatus | null = null;

  @Enum({ items: () => ActionStatus, type: 'text', nullable: true })
  toStatus: ActionStatus | null = null;

  /** Other fields changed with this entry, as {field: {before, after}}. */
  @Property({ type: 'json', nullable: true })
  changes: Record<string, { before: unknown; after: unknown }> | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

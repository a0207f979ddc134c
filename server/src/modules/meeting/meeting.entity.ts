import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../agency/agency.entity';
import { Network } from '../network/network.entity';
import { Province } from '../province/province.entity';

@Entity({ tableName: 'meeting' })
@Index({ properties: ['province', 'heldOn'] })
export class Meeting {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'date' })
  heldOn!: string;

  @ManyToOne(() => Province, { nullable: true, fieldName: 'province_code' })
  province: Province | null = null;

  @ManyToOne(() => Network, { nullable: true, index: true })
  network: Network | null = null;

  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'meeting_attendee' })
export class MeetingAttendee {
  @ManyToOne(() => Meeting, { primary: true, deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne(() => Agency, { primary: true, index: true })
  agency!: Agency;
}

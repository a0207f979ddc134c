import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { IssueArea, MembershipRole } from '../../common/enums';
import { Agency } from '../agency/agency.entity';
import { Province } from '../province/province.entity';

@Entity({ tableName: 'network' })
export class Network {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 300 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne(() => Province, { nullable: true, fieldName: 'province_code', index: true })
  province: Province | null = null;

  @Enum({ items: () => IssueArea, array: true, type: 'text[]' })
  issueAreas: IssueArea[] = [];

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'network_membership' })
export class NetworkMembership {
  @ManyToOne(() => Network, { primary: true, deleteRule: 'cascade' })
  network!: Network;

  @ManyToOne(() => Agency, { primary: true, index: true })
  agency!: Agency;

  @Enum({ items: () => MembershipRole, type: 'text' })
  role: MembershipRole = MembershipRole.MEMBER;

  @Property({ type: 'date', nullable: true })
  joinedOn: string | null = null;
}

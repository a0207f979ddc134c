import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { AgreementKind, IssueArea } from '../../common/enums';
import { Agency } from '../agency/agency.entity';
import { Meeting } from '../meeting/meeting.entity';
import { Network } from '../network/network.entity';
import { Province } from '../province/province.entity';

/** An MoU, cooperation agreement, joint commitment or regulation. Its status is derived from the dates. */
@Entity({ tableName: 'agreement' })
@Index({ properties: ['province', 'expiresOn'] })
export class Agreement {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  reference: string | null = null;

  @Enum({ items: () => AgreementKind, type: 'text' })
  kind!: AgreementKind;

  @Enum({ items: () => IssueArea, array: true, type: 'text[]' })
  issueAreas: IssueArea[] = [];

  @ManyToOne(() => Province, { nullable: true, fieldName: 'province_code' })
  province: Province | null = null;

  @ManyToOne(() => Network, { nullable: true, index: true })
  network: Network | null = null;

  @ManyToOne(() => Meeting, { nullable: true, index: true })
  meeting: Meeting | null = null;

  @Property({ type: 'date', nullable: true })
  signedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  expiresOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  terminatedOn: string | null = null;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'agreement_party' })
export class AgreementParty {
  @ManyToOne(() => Agreement, { primary: true, deleteRule: 'cascade' })
  agreement!: Agreement;

  @ManyToOne(() => Agency, { primary: true, index: true })
  agency!: Agency;
}

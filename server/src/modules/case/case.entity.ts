import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { AgeGroup, CaseOutcome, IssueArea, ReferralStatus, ServiceType, Sex } from '../../common/enums';
import { Agency } from '../agency/agency.entity';
import { Province, Regency } from '../province/province.entity';

/**
 * A case handled by the network. By design there is no column for any personal
 * identifier: no name, address, birth date, contact or narrative about the victim.
 */
@Entity({ tableName: 'case_record' })
@Index({ properties: ['province', 'reportedOn'] })
export class CaseRecord {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** See case.code.ts. */
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @ManyToOne(() => Province, { fieldName: 'province_code' })
  province!: Province;

  @ManyToOne(() => Regency, { nullable: true, fieldName: 'regency_code' })
  regency: Regency | null = null;

  @Enum({ items: () => IssueArea, type: 'text' })
  issueArea!: IssueArea;

  @Enum({ items: () => AgeGroup, type: 'text' })
  victimAgeGroup!: AgeGroup;

  @Enum({ items: () => Sex, type: 'text' })
  victimSex!: Sex;

  @Property({ type: 'date' })
  reportedOn!: string;

  @ManyToOne(() => Agency, { index: true })
  intakeAgency!: Agency;

  @Enum({ items: () => CaseOutcome, type: 'text' })
  outcome: CaseOutcome = CaseOutcome.OPEN;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'referral' })
export class Referral {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => CaseRecord, { fieldName: 'case_id', index: true })
  caseRecord!: CaseRecord;

  @ManyToOne(() => Agency, { index: true })
  fromAgency!: Agency;

  @ManyToOne(() => Agency, { index: true })
  toAgency!: Agency;

  @Property({ type: 'date' })
  referredOn!: string;

  @Property({ type: 'date', nullable: true })
  respondedOn: string | null = null;

  @Enum({ items: () => ReferralStatus, type: 'text' })
  status: ReferralStatus = ReferralStatus.PENDING;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'service_record' })
export class ServiceRecord {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => CaseRecord, { fieldName: 'case_id', index: true })
  caseRecord!: CaseRecord;

  @ManyToOne(() => Agency, { index: true })
  agency!: Agency;

  @Enum({ items: () => ServiceType, type: 'text' })
  type!: ServiceType;

  @Property({ type: 'date' })
  providedOn!: string;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();
}

import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ActionOutcome, ActionStatus, RiskCode } from './action-vocabulary';
import type { ActionTarget } from './action-target.entity';
import type { ActionUpdate } from './action-update.entity';
import type { Subject } from './subject.entity';

/** The parts of an action a letter quotes, in one language. */
export interface ActionText {
  title: string;
  summary?: string;
  asks?: string[];
  appealsAddressedTo?: string;
}

@Entity('urgent_action')
@Index('urgent_action_status_deadline_idx', ['status', 'appealDeadline'])
export class UrgentAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** "UA 66/12": a sequence number and a year. Unique; a draft may not have one yet. */
  @Column({ type: 'text', nullable: true, unique: true })
  reference: string | null;

  /** "ASA 24/002/2012": region, country code, document number, year. */
  @Column({ type: 'text', nullable: true })
  documentIndex: string | null;

  @Column({ type: 'text' })
  title: string;

  /** ISO 3166-1 alpha-2 of the country concerned. */
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  summary: string;

  /** The body text between the summary and the asks; paragraphs separated by a blank line. */
  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'text', default: '' })
  additionalInformation: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  asks: string[];

  /** The title, summary, asks and "appeals addressed to" in other languages than the document's. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Record<string, ActionText>;

  /** Per language tag, how a letter names the people at risk mid-sentence, as staff wrote it. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  subjectPhrases: Record<string, string>;

  /** BCP 47 tags of the languages to write in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** "or your own language". */
  @Column({ type: 'boolean', default: true })
  acceptsOwnLanguage: boolean;

  @Column({ type: 'enum', enum: RiskCode, enumName: 'risk_code', array: true, default: () => "'{}'" })
  risks: RiskCode[];

  /** Whom the appeals are addressed to when targets are only "care of", e.g. a head of state. */
  @Column({ type: 'text', nullable: true })
  appealsAddressedTo: string | null;

  /** "Also send copies to diplomatic representatives accredited to your country". */
  @Column({ type: 'boolean', default: true })
  invitesLocalDiplomaticCopies: boolean;

  @Column({ type: 'boolean', default: false })
  lateAppealsAllowed: boolean;

  @Column({ type: 'enum', enum: ActionStatus, enumName: 'action_status', default: ActionStatus.Draft })
  status: ActionStatus;

  @Column({ type: 'enum', enum: ActionOutcome, enumName: 'action_outcome', nullable: true })
  outcome: ActionOutcome | null;

  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ type: 'timestamptz' })
  appealDeadline: Date;

  /** IANA zone the deadline was set in, so it can be shown as the document printed it. */
  @Column({ type: 'text' })
  appealDeadlineTimeZone: string;

  /** False for a working deadline the importer set (the document asked for appeals "immediately"): publishing waits for staff to confirm it. */
  @Column({ type: 'boolean', default: true })
  appealDeadlineConfirmed: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  embargoUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /**
   * A demonstration for a newcomer: shown with a badge, addressed only to reserved example addresses, and kept
   * out of network figures, section reminders and new-action notices.
   */
  @Column({ type: 'boolean', default: false })
  isDemonstration: boolean;

  /** How many appeals the campaign aims for. */
  @Column({ type: 'int', nullable: true })
  appealGoal: number | null;

  @OneToMany('Subject', 'action', { cascade: true })
  subjects: Relation<Subject[]>;

  @OneToMany('ActionTarget', 'action', { cascade: true })
  targets: Relation<ActionTarget[]>;

  @OneToMany('ActionUpdate', 'action')
  updates: Relation<ActionUpdate[]>;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

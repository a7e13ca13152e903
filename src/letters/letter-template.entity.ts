import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { UserAccount } from '../accounts/user-account.entity';
import type { UrgentAction } from '../actions/urgent-action.entity';
import type { Section } from '../sections/section.entity';

/**
 * An action's own letter in one language, or a section's translation of it. Each field is Handlebars text
 * checked at save time; a null field falls back to the language's default part.
 */
@Entity('letter_template')
@Index('letter_template_approved_by_idx', ['approvedById'])
@Index('letter_template_section_idx', ['section'])
@Index('letter_template_unique_idx', ['action', 'section', 'language'], { unique: true }) // NULLS NOT DISTINCT, set in the migration
export class LetterTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne('UrgentAction', { onDelete: 'CASCADE', nullable: false })
  action: Relation<UrgentAction>;

  /** Set when a section office wrote its own translation. */
  @ManyToOne('Section', { onDelete: 'CASCADE', nullable: true, eager: true })
  section: Relation<Section> | null;

  /** BCP 47 base language, e.g. "ko". */
  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text', nullable: true })
  subjectLine: string | null;

  @Column({ type: 'text', nullable: true })
  salutation: string | null;

  /** The body, paragraph by paragraph; each paragraph lists one or more alternative wordings. */
  @Column({ type: 'jsonb' })
  paragraphs: string[][];

  /** The asks block in this language (intro and one "– " line per ask); null keeps the language default. */
  @Column({ type: 'text', nullable: true })
  asks: string | null;

  @Column({ type: 'text', nullable: true })
  closing: string | null;

  /** When staff approved a section's translation; until then (and after every re-save) its letters do not use it. */
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @ManyToOne('UserAccount', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'approvedById' })
  approvedBy?: Relation<UserAccount> | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Gender, SubjectStatus } from './action-vocabulary';
import type { UrgentAction } from './urgent-action.entity';

/** A person, or a group of people, at risk. */
@Entity('subject')
@Index('subject_action_position_idx', ['action', 'position'])
export class Subject {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne('UrgentAction', 'subjects', { onDelete: 'CASCADE', nullable: false })
  action: Relation<UrgentAction>;

  @Column({ type: 'int' })
  position: number;

  /** A name, or a group description such as "At least nine North Koreans". */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'boolean', default: false })
  isGroup: boolean;

  @Column({ type: 'int', nullable: true })
  groupSize: number | null;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender', default: Gender.Unknown })
  gender: Gender;

  /** The "Gender m/f:" line as printed ("Unknown", "seven males and two females"). */
  @Column({ type: 'text', nullable: true })
  genderPrinted: string | null;

  /** The documents use pseudonyms for safety; a pseudonym is shown only as staff entered it. */
  @Column({ type: 'boolean', default: false })
  isPseudonym: boolean;

  @Column({ type: 'enum', enum: SubjectStatus, enumName: 'subject_status', default: SubjectStatus.AtRisk })
  status: SubjectStatus;
}

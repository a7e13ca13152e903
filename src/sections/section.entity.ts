import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A national office of the network: it translates actions and adds local targets. */
@Entity('section')
export class Section {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short unique code, e.g. "GB" or "KR". */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  name: string;

  /** BCP 47 tags of the languages the section's members write in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text' })
  timeZone: string;

  @Column({ type: 'text' })
  contactEmail: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reminderEmails: string[];

  /** Days before the appeal deadline on which the office is reminded (0 = on the day). */
  @Column({ type: 'int', array: true, default: () => "'{7,2,0}'" })
  reminderDaysBefore: number[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

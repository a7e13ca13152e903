import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { Section } from '../../sections/section.entity';

/** A section office address that used one-click unsubscribe: it gets no further notices or reminders. */
@Entity('section_opt_out')
@Index('section_opt_out_unique_idx', ['sectionId', 'email'], { unique: true })
export class SectionOptOut {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sectionId: string;

  @ManyToOne('Section', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'sectionId' })
  section?: Relation<Section>;

  /** Lower-cased. */
  @Column({ type: 'text' })
  email: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

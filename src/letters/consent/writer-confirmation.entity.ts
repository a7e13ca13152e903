import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One mailed link that confirms every letter a writer asked the system to send from one address during a visit
 * (until it expires): the writer's consent to letters sent in their name.
 */
@Entity('writer_confirmation')
@Index('writer_confirmation_open_idx', ['writerEmail', 'expiresAt'], { where: '"confirmedAt" IS NULL' })
export class WriterConfirmation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  writerEmail: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}

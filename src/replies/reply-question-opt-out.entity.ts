import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A writer who asked not to be asked again whether they got a reply. Kept as a keyed hash of their address, so the
 * list of those who said no holds no address.
 */
@Entity('reply_question_opt_out')
export class ReplyQuestionOptOut {
  @PrimaryColumn({ type: 'text' })
  writerKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

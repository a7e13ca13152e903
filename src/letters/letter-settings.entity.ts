import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import type { UrgentAction } from '../actions/urgent-action.entity';

/** How an action's letters are sent; an action without a row uses the defaults. */
@Entity('letter_settings')
export class LetterSettings {
  @PrimaryColumn('uuid')
  actionId: string;

  @OneToOne('UrgentAction', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actionId' })
  action: Relation<UrgentAction>;

  /** Put the "copies to" targets on Cc of emailed letters (and mailto links) to a primary target. */
  @Column({ type: 'boolean', default: false })
  copyTargetsOnCc: boolean;
}

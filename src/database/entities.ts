import { ActionTarget } from '../actions/action-target.entity';
import { ActionUpdate } from '../actions/action-update.entity';
import { Subject } from '../actions/subject.entity';
import { UrgentAction } from '../actions/urgent-action.entity';
import { Section } from '../sections/section.entity';
import { AppealRecord } from '../supporters/appeal-record.entity';
import { Subscription } from '../supporters/subscription.entity';
import { Supporter } from '../supporters/supporter.entity';
import { Target } from '../targets/target.entity';

/** Every entity the schema holds; the migrations must match this list. */
export const entities = [
  UrgentAction, Subject, ActionTarget, ActionUpdate, Target, Section, Supporter, Subscription, AppealRecord,
];

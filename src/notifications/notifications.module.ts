import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ACTION_EVENTS_LISTENER } from '../actions/action-events';
import { ActionNotificationsListener } from './action-notifications.listener';
import { DeliveryForecast } from './deliveries/delivery-forecast';
import { MailOutbox } from './outbox/mail-outbox';
import { QueueBoard } from './board/queue-board';
import { NoticeRenderer } from './content/notice-renderer';
import { DeliveriesService } from './deliveries/deliveries.service';
import { DeliveriesRepository } from './deliveries/deliveries.repository';
import { RetryFailedDeliveries } from './use-cases/retry-failed-deliveries';
import { ActionRecordsModule } from '../actions/action-records.module';
import { ListLettersOfAppeals } from './use-cases/list-letters-of-appeals';
import { ListMailToSupporter } from './use-cases/list-mail-to-supporter';
import { PersonalMailRepository } from './outbox/personal-mail.repository';
import { FaxModule } from '../fax/fax.module';
import { ReplyQuestionsModule } from '../replies/reply-questions.module';
import { SectionRecordsModule } from '../sections/section-records.module';
import { TargetRecordsModule } from '../targets/target-records.module';
import { DigestPlanner } from './digest/digest-planner';
import { DigestsRepository } from './digest/digests.repository';
import { DigestRenderer } from './digest/digest-renderer';
import { DigestSchedule } from './digest/digest.schedule';
import { FanoutProcessor } from './fanout/fanout.processor';
import { FanoutRepository } from './fanout/fanout.repository';
import { NotificationQueues } from './queues/notification-queues.service';
import { OutboxReconciler } from './reconcile/outbox-reconciler';
import { ReconcilerRepository } from './reconcile/reconciler.repository';
import { ReconcileSchedule } from './reconcile/reconcile.schedule';
import { ReminderPlanner } from './reminders/reminder-planner';
import { MessageSender } from './sending/message-sender';
import { RelayProbe } from './relay/relay-probe';
import { RelayStatus } from './relay/relay-status';
import { MailRelayStateRepository } from './relay/mail-relay-state.repository';
import { OutboxLeasesRepository } from './sending/outbox-leases.repository';
import { SendingRepository } from './sending/sending.repository';
import { MailRate } from './sending/mail-rate';
import { BounceReceiver } from './bounces/bounce-receiver';
import { Bounces } from './bounces/bounces.service';
import { BouncesRepository } from './bounces/bounces.repository';
import { TargetMessages } from './sending/target-messages';
import { TargetMessagesRepository } from './sending/target-messages.repository';
import { UnsubscribeLinks } from './unsubscribe/unsubscribe-links';
import { UnsubscribeService } from './unsubscribe/unsubscribe.service';
import { UnsubscribeRepository } from './unsubscribe/unsubscribe.repository';
import { JobHandlers } from './worker/job-handlers';
import { FanoutErrorsRepository } from './worker/fanout-errors.repository';
import { NotificationWorkers } from './worker/notification-workers';

/**
 * Reminders, notices and follow-ups: outbox rows first, BullMQ jobs to wake the workers, a reconciler to keep both in
 * line. No controllers: the worker process boots this module alone (see NotificationsApiModule for the routes).
 */
@Global()
@Module({
  imports: [ScheduleModule.forRoot(), FaxModule, ReplyQuestionsModule, ActionRecordsModule, SectionRecordsModule, TargetRecordsModule],
  providers: [
    NotificationQueues,
    NoticeRenderer,
    UnsubscribeLinks,
    UnsubscribeService,
    UnsubscribeRepository,
    ReminderPlanner,
    FanoutProcessor,
    FanoutRepository,
    MessageSender,
    OutboxLeasesRepository,
    SendingRepository,
    OutboxReconciler,
    ReconcilerRepository,
    ReconcileSchedule,
    JobHandlers,
    FanoutErrorsRepository,
    NotificationWorkers,
    DeliveriesService,
    DeliveriesRepository,
    RetryFailedDeliveries,
    DeliveryForecast,
    QueueBoard,
    TargetMessages,
    TargetMessagesRepository,
    ActionNotificationsListener,
    MailOutbox,
    DigestRenderer,
    DigestPlanner,
    DigestsRepository,
    DigestSchedule,
    RelayStatus,
    MailRelayStateRepository,
    RelayProbe,
    Bounces,
    BouncesRepository,
    BounceReceiver,
    MailRate,
    PersonalMailRepository,
    ListMailToSupporter,
    ListLettersOfAppeals,
    { provide: ACTION_EVENTS_LISTENER, useExisting: ActionNotificationsListener },
  ],
  exports: [
    ACTION_EVENTS_LISTENER,
    NotificationQueues,
    TargetMessages,
    OutboxReconciler,
    NotificationWorkers,
    DeliveriesService,
    RetryFailedDeliveries,
    DeliveryForecast,
    UnsubscribeService,
    UnsubscribeLinks,
    DigestPlanner,
    MailOutbox,
    ListMailToSupporter,
    ListLettersOfAppeals,
  ],
})
export class NotificationsModule {}

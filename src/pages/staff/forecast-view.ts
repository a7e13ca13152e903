import type { DeliveryForecastReport } from '../../notifications/deliveries/delivery-forecast';

type Text = (key: string, values: Record<string, string | number>) => string;

/** The forecast as the staff action page shows it: times in the page's language, the late ones marked, one warning. */
export function forecastView(forecast: DeliveryForecastReport, language: string, text: Text) {
  const format = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  const at = (date: Date | null) => (date ? format.format(date) : null);
  return {
    warning: forecast.warning ? text('staff.forecast.warning', { deadline: format.format(forecast.appealDeadline) }) : null,
    targets: forecast.targets.map((target) => ({
      targetId: target.targetId,
      sendingPaused: target.sendingPaused,
      name: target.name,
      perHour: target.perHour,
      queued: target.queued,
      lastGoes: at(target.lastGoesAt),
      newEmail: at(target.newEmailGoesAt),
      newFax: at(target.newFaxGoesAt),
      queuedLate: target.queuedPassDeadline,
      newLate: target.newPassDeadline,
      late: target.queuedPassDeadline || target.newPassDeadline,
    })),
  };
}

import { DateTime } from 'luxon';
import type { DayFigure } from '../../figures/appeal-figures';

const WIDTH = 640;
const HEIGHT = 200;
const AXIS = 24;
const MAX_DAYS = 120;

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

export interface AppealsChart {
  width: number;
  height: number;
  baseline: number;
  bars: ChartBar[];
  firstDay: string;
  lastDay: string;
  peak: string;
}

/**
 * Appeals per day as bars of an inline SVG, drawn on the server: every day from the first appeal to the last
 * (the most recent MAX_DAYS), so quiet days show as gaps rather than vanishing.
 */
export function appealsChart(perDay: DayFigure[], language: string): AppealsChart | null {
  if (perDay.length === 0) return null;
  const counts = new Map(perDay.map((figure) => [figure.day, figure.letters]));
  const last = DateTime.fromISO(perDay[perDay.length - 1].day);
  const first = DateTime.max(DateTime.fromISO(perDay[0].day), last.minus({ days: MAX_DAYS - 1 })) as DateTime;
  const days: string[] = [];
  for (let day = first; day <= last; day = day.plus({ days: 1 })) days.push(day.toISODate() as string);
  const peak = Math.max(...days.map((day) => counts.get(day) ?? 0), 1);
  const slot = WIDTH / days.length;
  const plot = HEIGHT - AXIS;
  const number = new Intl.NumberFormat(language);
  const dateOf = (day: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  return {
    width: WIDTH,
    height: HEIGHT,
    baseline: plot,
    bars: days.map((day, index) => {
      const letters = counts.get(day) ?? 0;
      const height = Math.round((letters / peak) * (plot - 8));
      return {
        x: Math.round(index * slot * 10) / 10,
        y: plot - height,
        width: Math.max(1, Math.round(slot * 0.8 * 10) / 10),
        height,
        label: `${dateOf(day)}: ${number.format(letters)}`,
      };
    }),
    firstDay: dateOf(days[0]),
    lastDay: dateOf(days[days.length - 1]),
    peak: number.format(peak),
  };
}

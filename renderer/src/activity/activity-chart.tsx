import { useTranslation } from 'react-i18next';
import type { ActivityDaily } from '../../../shared/activity.ts';
import { toAppError } from '../bridge/app-error.ts';
import { ErrorMessage } from '../ui/error-message.tsx';
import { formatCount } from '../ui/format-count.ts';
import { formatDate } from '../ui/format-relative-time.ts';
import { SvgPicture } from '../ui/svg-picture.tsx';
import { useActivityDaily } from './use-activity.ts';

/*
 * Tests and uses per day over the last 30 days (issue #14 §5), so a person sees when a key is
 * used. Plain SVG: two bars a day, colours from the theme's tokens (readable light and dark), a
 * legend in words; for screen readers the picture is one sentence with the totals
 * (role="img") and the numbers are a table.
 */

type Day = ActivityDaily['days'][number];

const DAY_WIDTH = 12;
const BAR_WIDTH = 4;
const HEIGHT = 90;
const TOP = 14;
const BOTTOM = 18;

export function ActivityChart({ integrationId }: { integrationId: string }) {
  const { t, i18n } = useTranslation();
  const daily = useActivityDaily(integrationId);
  if (daily.isPending) return null;
  if (daily.isError) {
    return (
      <div className="small">
        <p>{t('activity.chart.loadFailed')}</p>
        <ErrorMessage error={toAppError(daily.error)} />
      </div>
    );
  }
  const days = daily.data.days;
  const number = { format: (value: number) => formatCount(value, i18n.language) };
  const tests = days.reduce((sum, day) => sum + day.tests, 0);
  const reads = days.reduce((sum, day) => sum + day.reads, 0);
  const label = (day: Day) =>
    formatDate(new Date(`${day.day}T12:00:00`), i18n.language, { day: 'numeric', month: 'short' });
  return (
    <figure className="activity-chart">
      <figcaption className="activity-chart-title">{t('activity.chart.title')}</figcaption>
      <Bars
        days={days}
        label={label}
        summary={t('activity.chart.summary', {
          tests: number.format(tests),
          reads: number.format(reads),
        })}
      />
      <ul className="activity-legend small">
        <li>
          <span className="swatch swatch-tests" aria-hidden="true" /> {t('activity.chart.tests')}
        </li>
        <li>
          <span className="swatch swatch-reads" aria-hidden="true" /> {t('activity.chart.reads')}
        </li>
      </ul>
      <table className="visually-hidden">
        <caption>{t('activity.chart.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('activity.chart.day')}</th>
            <th scope="col">{t('activity.chart.tests')}</th>
            <th scope="col">{t('activity.chart.reads')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{label(day)}</th>
              <td>{number.format(day.tests)}</td>
              <td>{number.format(day.reads)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function Bars({
  days,
  label,
  summary,
}: {
  days: readonly Day[];
  label: (day: Day) => string;
  summary: string;
}) {
  const max = Math.max(1, ...days.flatMap((day) => [day.tests, day.reads]));
  const width = Math.max(days.length, 1) * DAY_WIDTH;
  const plot = HEIGHT - TOP - BOTTOM;
  const barHeight = (value: number) => (value / max) * plot;
  const first = days[0];
  const last = days.at(-1);
  return (
    <SvgPicture className="activity-chart-svg" label={summary} box={[width, HEIGHT]}>
      <line className="axis" x1={0} x2={width} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
      {days.map((day, index) => {
        const x = index * DAY_WIDTH + (DAY_WIDTH - 2 * BAR_WIDTH) / 2;
        return (
          <g key={day.day}>
            <rect
              className="bar-tests"
              x={x}
              y={HEIGHT - BOTTOM - barHeight(day.tests)}
              width={BAR_WIDTH}
              height={barHeight(day.tests)}
            />
            <rect
              className="bar-reads"
              x={x + BAR_WIDTH}
              y={HEIGHT - BOTTOM - barHeight(day.reads)}
              width={BAR_WIDTH}
              height={barHeight(day.reads)}
            />
          </g>
        );
      })}
      <text className="chart-text" x={0} y={TOP - 4}>
        {max}
      </text>
      {first && (
        <text className="chart-text" x={0} y={HEIGHT - 4}>
          {label(first)}
        </text>
      )}
      {last && last !== first && (
        <text className="chart-text" x={width} y={HEIGHT - 4} textAnchor="end">
          {label(last)}
        </text>
      )}
    </SvgPicture>
  );
}

import { fillYears, maxOf, round, type YearCount } from '@/lib/charts/layout';
import { chartFormats } from '@/lib/charts/format';
import type { Locale } from '@/lib/i18n/locales';
import { ChartFigure, ChartSvg, ChartTable, numberCellClass, rowHeaderClass } from './chart-parts';

export interface YearBarsLabels {
  title: string;
  description: string;
  /** Heading of the table's year column. */
  year: string;
  /** Heading of the table's count column. */
  count: string;
}

const width = 480;
const height = 260;
const margin = { top: 24, right: 12, bottom: 30, left: 12 };
const valueFontSize = 12;
const yearFontSize = 13;
const widestBar = 48;

/**
 * Exchanges per year as vertical bars, every year from the first to the last (a year without
 * exchanges is a bar of 0), each bar labelled with its count, then the same figures as a table.
 * Labels come translated from the caller. No data, nothing drawn.
 */
export function YearBars({ data, labels, locale }: { data: YearCount[]; labels: YearBarsLabels; locale: Locale }) {
  const years = fillYears(data);
  if (years.length === 0) return null;
  const format = chartFormats(locale);

  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const baseline = margin.top + innerHeight;
  const slot = innerWidth / years.length;
  const barWidth = Math.min(slot * 0.7, widestBar);
  const largest = maxOf(years.map((entry) => entry.count));

  // Text is only drawn where it fits; the table below always has every figure.
  const widestValue = Math.max(...years.map((entry) => format.count(entry.count).length));
  const showValues = slot >= widestValue * valueFontSize * 0.62 + 2;
  const yearStep = Math.max(1, Math.ceil((4 * yearFontSize * 0.62 + 6) / slot));

  return (
    <ChartFigure caption={labels.title}>
      <ChartSvg width={width} height={height} title={labels.title} description={labels.description}>
        {years.map(({ year, count }, index) => {
          const centre = round(margin.left + slot * (index + 0.5));
          const barHeight = largest > 0 && count > 0 ? Math.max(1, (count / largest) * innerHeight) : 0;
          const top = round(baseline - barHeight);
          return (
            <g key={year}>
              {barHeight > 0 && (
                <rect x={round(centre - barWidth / 2)} y={top} width={round(barWidth)} height={round(barHeight)} className="fill-brand-600" />
              )}
              {showValues && (
                <text x={centre} y={top - 5} textAnchor="middle" fontSize={valueFontSize} className="fill-stone-800 tabular-nums">
                  {format.count(count)}
                </text>
              )}
              {index % yearStep === 0 && (
                <text x={centre} y={baseline + 19} textAnchor="middle" fontSize={yearFontSize} className="fill-stone-600 tabular-nums">
                  {format.year(year)}
                </text>
              )}
            </g>
          );
        })}
        <line x1={margin.left} x2={width - margin.right} y1={baseline} y2={baseline} strokeWidth={1} className="stroke-stone-400" />
      </ChartSvg>
      <ChartTable caption={labels.title} columns={[{ heading: labels.year }, { heading: labels.count, numeric: true }]}>
        {years.map(({ year, count }) => (
          <tr key={year}>
            <th scope="row" className={`${rowHeaderClass} tabular-nums`}>
              {format.year(year)}
            </th>
            <td className={numberCellClass}>{format.count(count)}</td>
          </tr>
        ))}
      </ChartTable>
    </ChartFigure>
  );
}

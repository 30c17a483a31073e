import { type ReactNode, useId } from 'react';

/**
 * The pieces every chart shares: a figure whose caption is visible, an SVG picture named by its own
 * title and description, and a table with the same figures for readers who cannot see the picture
 * (or want the exact numbers). Nothing here runs in the browser.
 */

export function ChartFigure({ caption, notes, children }: { caption: string; notes?: ReactNode; children: ReactNode }) {
  return (
    <figure className="my-6">
      <figcaption className="mb-3">
        <span className="block font-semibold text-brand-900">{caption}</span>
        {notes}
      </figcaption>
      {children}
    </figure>
  );
}

/** A line of small print under the caption. */
export function ChartNote({ children }: { children: ReactNode }) {
  return <span className="mt-1 block text-sm text-stone-600">{children}</span>;
}

/**
 * The picture: scales to its container's width, from a phone up. With links in it (`withLinks`) it is
 * a group, not an image: screen readers do not look inside an image, so its links would take the
 * keyboard's focus without saying where they lead.
 */
export function ChartSvg({
  width,
  height,
  title,
  description,
  withLinks = false,
  children,
}: {
  width: number;
  height: number;
  title: string;
  description: string;
  withLinks?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role={withLinks ? 'group' : 'img'}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="w-full h-auto"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

export interface Column {
  heading: string;
  numeric?: boolean;
}

/** The figures behind the picture. The first cell of each row is its header. */
export function ChartTable({ caption, columns, children }: { caption: string; columns: Column[]; children: ReactNode }) {
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-3 pt-3 text-left text-sm font-medium text-stone-700">{caption}</caption>
        <thead className="border-b border-stone-200 text-stone-600">
          <tr>
            {columns.map(({ heading, numeric }) => (
              <th key={heading} scope="col" className={numeric ? 'p-3 text-right font-medium' : 'p-3 font-medium'}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">{children}</tbody>
      </table>
    </div>
  );
}

export const rowHeaderClass = 'p-3 text-left font-normal text-stone-900';
export const numberCellClass = 'p-3 text-right tabular-nums';
export const tableLinkClass = 'text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700';

/**
 * Text drawn over lines and dots: a white outline painted beneath the letters keeps it legible.
 * Spread onto an SVG <text>.
 */
export const haloText = {
  className: 'fill-stone-800 stroke-white',
  strokeWidth: 3,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const;

/** A ring that shows which dot has the keyboard focus (the <a> around it carries `group`). */
export function FocusRing({ cx, cy, r }: { cx: number; cy: number; r: number }) {
  return (
    <circle
      cx={cx}
      cy={cy}
      r={r + 4}
      strokeWidth={2.5}
      className="fill-none stroke-transparent group-hover:stroke-brand-600/50 group-focus-visible:stroke-brand-900"
    />
  );
}

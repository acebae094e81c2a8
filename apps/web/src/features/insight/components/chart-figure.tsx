// A chart under its title and a line on how to read it, with the same figures as a table just below (folded),
// for readers who cannot see the picture and for anyone who wants the exact numbers.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';

interface ChartFigureProps {
  /** Unique on the page: names the heading. */
  id: string;
  title: string;
  /** How to read the chart, in a sentence. */
  reading?: string;
  /** Nothing to draw: says so instead of an empty chart. */
  empty: boolean;
  /** What to say when there is nothing to draw, if not "no figures for these filters". */
  emptyText?: string;
  columns: readonly string[];
  /** The table's rows: the chart's figures. */
  rows: ReactNode;
  /** The figures that matter most, in words above the chart. */
  lead?: ReactNode;
  /** The chart (a recharts chart). */
  children: ReactNode;
  /** Something the reader may do with the figures, e.g. a link to the list behind them. */
  footer?: ReactNode;
  className?: string;
}

export function ChartFigure({ id, title, reading, empty, emptyText, columns, rows, lead, children, footer, className }: ChartFigureProps) {
  const { t } = useTranslation();
  // The table is built when first opened: eight folded tables were most of what a dashboard's first render built.
  const [figuresOpened, setFiguresOpened] = useState(false);
  return (
    <section className={`panel insight-chart ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {reading && <p className="insight-chart-reading">{reading}</p>}
      {empty ? (
        <p className="muted">{emptyText ?? t('dashboard.noFigures')}</p>
      ) : (
        <>
          {lead}
          {/* The picture is named for what it shows; its figures are the table below. */}
          <div className="insight-chart-picture" role="img" aria-label={t('dashboard.chartOf', { title })}>
            {children}
          </div>
          <details className="insight-chart-figures" onToggle={(event) => event.currentTarget.open && setFiguresOpened(true)}>
            <summary>{t('dashboard.showFigures')}</summary>
            {figuresOpened && <DataTable columns={columns}>{rows}</DataTable>}
          </details>
        </>
      )}
      {footer}
    </section>
  );
}

// A chart's place, kept at the chart's height, that draws the chart once the reader scrolls near it: the charts bring
// recharts (most of a dashboard's script), so a first visit paints the counts and fetches the charts only when seen.
import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How far below the screen a chart starts loading, so that it is usually drawn by the time it scrolls in. */
const AHEAD = '150px';

export function DrawnWhenSeen({ height, children }: { height: number; children: ReactNode }) {
  const { t } = useTranslation();
  const place = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = place.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    }, { rootMargin: `0px 0px ${AHEAD} 0px` });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  const waiting = <p className="muted">{t('dashboard.drawingChart')}</p>;
  return (
    <div ref={place} style={{ minHeight: height }}>
      {seen ? <Suspense fallback={waiting}>{children}</Suspense> : waiting}
    </div>
  );
}

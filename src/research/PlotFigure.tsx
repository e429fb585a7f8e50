import { useEffect, useRef, useState } from 'react';

/** Width used before the page has been measured, and where it cannot be (tests). */
const DEFAULT_WIDTH = 640;

/**
 * Puts a plot drawn by a builder (Observable Plot) into the page at the width of its container,
 * and draws it again when the data or the width change (tablet turned, window narrowed).
 */
export function PlotFigure({
  draw,
  className,
}: {
  draw: (width: number) => Element;
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth((prev) => (Math.abs(prev - w) >= 8 ? w : prev));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.replaceChildren(draw(width));
    return () => el.replaceChildren();
  }, [draw, width]);

  return <div ref={box} className={className ?? 'plot'} />;
}

import {
  INK,
  faceLook,
  thermometerColour,
  THERMOMETER_CALM,
  THERMOMETER_UPSET,
} from './pictograms.ts';

/** A mood face drawn in SVG (decorative: the button around it carries the words). */
export function MoodFaceSvg({ pictogram, size = 60 }: { pictogram: string; size?: number }) {
  const look = faceLook(pictogram);
  if (!look) return null;
  const mouthY = 67;
  const bend = look.smile * 14;
  const brow = look.worry * 7;
  return (
    <svg width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="46" fill={look.colour} stroke={INK} strokeWidth="3" />
      <circle cx="34" cy="42" r="6" fill={INK} />
      <circle cx="66" cy="42" r="6" fill={INK} />
      {look.worry > 0 && (
        <g stroke={INK} strokeWidth="4" strokeLinecap="round">
          <line x1="24" y1={30} x2="40" y2={30 - brow} />
          <line x1="76" y1={30} x2="60" y2={30 - brow} />
        </g>
      )}
      <path
        d={`M30 ${mouthY - bend / 2} Q50 ${mouthY + bend * 1.5} 70 ${mouthY - bend / 2}`}
        fill="none"
        stroke={INK}
        strokeWidth="5"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** A horizontal thermometer, calm (cool, left) to most upset (warm, right). Decorative. */
export function ThermometerSvg() {
  return (
    <svg
      className="measure-thermometer"
      viewBox="0 0 440 60"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <linearGradient id="hafan-thermo" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor={THERMOMETER_CALM} />
          <stop offset="0.5" stopColor={thermometerColour(0.5)} />
          <stop offset="1" stopColor={THERMOMETER_UPSET} />
        </linearGradient>
      </defs>
      <circle cx="28" cy="30" r="24" fill={THERMOMETER_CALM} stroke="#fdf6ec" strokeWidth="3" />
      <rect
        x="40"
        y="18"
        width="392"
        height="24"
        rx="12"
        fill="url(#hafan-thermo)"
        stroke="#fdf6ec"
        strokeWidth="3"
      />
      {Array.from({ length: 11 }, (_, i) => (
        <line
          key={i}
          x1={60 + i * 36}
          x2={60 + i * 36}
          y1="22"
          y2="38"
          stroke="#14202c"
          strokeOpacity="0.45"
          strokeWidth="2"
        />
      ))}
    </svg>
  );
}

import {
  CircleGeometry,
  Color,
  Float32BufferAttribute,
  LatheGeometry,
  SphereGeometry,
  Vector2,
} from 'three';

/**
 * A friendly head: a sphere in the person's colour (the material's) with two small dark eyes and
 * soft cheeks painted into vertex colours. No mouth, nose or moving face: nothing uncanny.
 */
export function createHeadGeometry(): SphereGeometry {
  const g = new SphereGeometry(0.11, 32, 24);
  const pos = g.getAttribute('position');
  const colours = new Float32Array(pos.count * 3);
  const eye = new Color('#2b2430');
  const cheek = new Color('#ffd0d0');
  const white = new Color('#ffffff');
  const c = new Color();
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i) / 0.11;
    const y = pos.getY(i) / 0.11;
    const z = pos.getZ(i) / 0.11;
    c.copy(white);
    // eyes on the front (-Z), a little apart and above the middle
    for (const ex of [-0.34, 0.34]) {
      const d = Math.hypot(x - ex, y - 0.18, z + 0.9);
      if (d < 0.19) c.lerp(eye, Math.min(1, (0.19 - d) / 0.05));
      const dc = Math.hypot(x - ex * 1.45, y + 0.18, z + 0.82);
      if (dc < 0.2) c.lerp(cheek, 0.35 * (1 - dc / 0.2));
    }
    colours.set([c.r, c.g, c.b], i * 3);
  }
  g.setAttribute('color', new Float32BufferAttribute(colours, 3));
  return g;
}

/** A soft rounded body, seated: from the seat up to the shoulders (origin at the seat). */
export function createBodyGeometry(height: number): LatheGeometry {
  const pts = [
    new Vector2(0, 0),
    new Vector2(0.16, 0.01),
    new Vector2(0.18, 0.12),
    new Vector2(0.165, height * 0.7),
    new Vector2(0.13, height * 0.92),
    new Vector2(0.06, height),
    new Vector2(0, height),
  ];
  return new LatheGeometry(pts, 20);
}

export function createHandGeometry(): SphereGeometry {
  return new SphereGeometry(0.042, 14, 10);
}

/** The speaking indicator: a small soft light beside the name that glows while they speak. */
export function createRingGeometry(): CircleGeometry {
  return new CircleGeometry(0.028, 20);
}

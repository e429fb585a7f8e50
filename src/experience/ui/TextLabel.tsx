import { useEffect, useMemo } from 'react';
import { DoubleSide, MeshBasicMaterial } from 'three';
import { Text } from 'troika-three-text';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';

export interface TextLabelProps {
  text: string;
  fontSize: number;
  color?: string;
  bold?: boolean;
  maxWidth?: number;
  position?: [number, number, number];
  anchorY?: 'top' | 'middle' | 'bottom';
  renderOrder?: number;
  /** A dark edge round each letter, for text over a bright sky (metres, e.g. 0.006). */
  outlineWidth?: number;
  outlineColor?: string;
  /** Drawn over whatever stands in front of it (captions must never hide behind the scene). */
  overlay?: boolean;
  /**
   * Called once the glyphs are laid out (tests wait for this), with the block's bounds
   * [minX, minY, maxX, maxY] in metres (a caption panel fits itself to them).
   */
  onSync?: (bounds: readonly number[] | undefined) => void;
}

/** A troika text mesh with our bundled font. Re-lays out only when its props change. */
export function TextLabel({
  text,
  fontSize,
  color = '#fdf6ec',
  bold = false,
  maxWidth = 2,
  position = [0, 0, 0],
  anchorY = 'middle',
  renderOrder = 10,
  outlineWidth = 0,
  outlineColor = '#1b1f2a',
  overlay = false,
  onSync,
}: TextLabelProps) {
  const mesh = useMemo(() => new Text(), []);
  useEffect(() => () => mesh.dispose(), [mesh]);
  useEffect(() => {
    if (!overlay) return;
    // troika derives its text material from this one, keeping its depth settings.
    const base = new MeshBasicMaterial({
      side: DoubleSide,
      transparent: true,
      depthTest: false,
      depthWrite: false,
    });
    mesh.material = base;
    return () => base.dispose();
  }, [mesh, overlay]);
  useEffect(() => {
    mesh.text = text;
    mesh.font = bold ? FONT_BOLD : FONT_REGULAR;
    mesh.fontSize = fontSize;
    mesh.color = color;
    mesh.maxWidth = maxWidth;
    mesh.textAlign = 'center';
    mesh.anchorX = 'center';
    mesh.anchorY = anchorY;
    mesh.lineHeight = 1.3;
    mesh.renderOrder = renderOrder;
    mesh.outlineWidth = outlineWidth;
    mesh.outlineColor = outlineColor;
    mesh.sync(onSync && (() => onSync(mesh.textRenderInfo?.blockBounds)));
  }, [
    mesh,
    text,
    fontSize,
    color,
    bold,
    maxWidth,
    anchorY,
    renderOrder,
    outlineWidth,
    outlineColor,
    onSync,
  ]);
  return <primitive object={mesh} position={position} />;
}

import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Color, Fog } from 'three';
import type { ColorRepresentation } from 'three';

/**
 * Linear fog (and a clear colour) for the scene's standard three.js materials, matched to the
 * sky's horizon so that distance fades instead of ending. Restores what was there on unmount.
 * Keep `near` well beyond the captions and menus (a few metres) so they never look hazy.
 */
export function useSceneFog(color: ColorRepresentation, near: number, far: number): void {
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const previousFog = scene.fog;
    const previousBackground = scene.background;
    const fogColor = new Color(color);
    scene.fog = new Fog(fogColor, near, far);
    scene.background = fogColor;
    return () => {
      scene.fog = previousFog;
      scene.background = previousBackground;
    };
  }, [scene, color, near, far]);
}

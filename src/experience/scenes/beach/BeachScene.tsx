import type { SceneProps } from '../types.ts';

export default function BeachScene(_props: SceneProps) {
  return <mesh />;
}

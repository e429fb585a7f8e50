// The parts of troika-three-text Hafan uses (the package ships no usable typings).
declare module 'troika-three-text' {
  import type { Mesh } from 'three';
  export class Text extends Mesh {
    text: string;
    font: string | null;
    fontSize: number;
    color: string | number;
    maxWidth: number;
    textAlign: 'left' | 'right' | 'center' | 'justify';
    anchorX: number | 'left' | 'center' | 'right';
    anchorY: number | 'top' | 'top-baseline' | 'middle' | 'bottom-baseline' | 'bottom';
    lineHeight: number | 'normal';
    outlineWidth: number | string;
    outlineColor: string | number;
    fillOpacity: number;
    depthOffset: number;
    sdfGlyphSize: number;
    textRenderInfo: { blockBounds: [number, number, number, number] } | null;
    sync(callback?: () => void): void;
    dispose(): void;
  }
  /** Text children added to it render together in one draw call (WebGL2). */
  export class BatchedText extends Text {}
  export function preloadFont(
    options: { font?: string; characters?: string | string[] },
    callback: () => void,
  ): void;
  export function configureTextBuilder(config: {
    useWorker?: boolean;
    defaultFontURL?: string;
    unicodeFontsURL?: string;
  }): void;
}

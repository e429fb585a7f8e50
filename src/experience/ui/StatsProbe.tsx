import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { sceneTextureBytes } from './textureMemory.ts';

export interface HafanStats {
  drawCalls: number;
  triangles: number;
  programs: number;
  geometries: number;
  textures: number;
  /** Estimated GPU bytes of the textures the scene uses (refreshed every TEXTURE_EVERY frames). */
  textureBytes: number;
  /** JS ms from the first useFrame callback to the end of gl.render, for recent frames. */
  frameMs: number[];
  frames: number;
  /** React commits inside the scene so far: must stay flat in steady state. */
  reactCommits: number;
  /** True while a headset (or the emulator) presents the scene. */
  presenting: boolean;
  /**
   * Runs `frames` frames of per-frame JS (every useFrame callback, at 72 Hz steps) without
   * drawing: the bench's allocation count, fast enough for the JIT to reach steady state even
   * where software WebGL draws a few frames a second.
   */
  stepWithoutDrawing?: (frames: number) => void;
}

declare global {
  interface Window {
    __hafanStats?: HafanStats;
  }
}

const KEEP = 600;
/** Texture memory is re-estimated this often, after the frame's time is taken. */
const TEXTURE_EVERY = 30;
let pendingCommits = 0;

/** A React Profiler onRender callback: counts commits of the scene subtree. */
export function countReactCommit(): void {
  pendingCommits++;
  if (window.__hafanStats) window.__hafanStats.reactCommits = pendingCommits;
}
/** Set by the earliest useFrame callback; module-level so render and useFrame share it. */
let frameStart = 0;

/**
 * With `?stats=1`: records renderer.info and per-frame JS time on window.__hafanStats, for the
 * browser tests and the bench. Costs nothing when absent (it is not mounted).
 */
export function StatsProbe() {
  const gl = useThree((s) => s.gl);
  const advance = useThree((s) => s.advance);
  useEffect(() => {
    const stats: HafanStats = {
      drawCalls: 0,
      triangles: 0,
      programs: 0,
      geometries: 0,
      textures: 0,
      textureBytes: 0,
      frameMs: [],
      frames: 0,
      presenting: false,
      reactCommits: pendingCommits,
    };
    window.__hafanStats = stats;
    let texturesEstimated = -1;
    let drawing = true;
    let stepAt = performance.now();
    stats.stepWithoutDrawing = (frames) => {
      drawing = false;
      try {
        for (let i = 0; i < frames; i++) advance((stepAt += 1000 / 72), true);
      } finally {
        drawing = true;
      }
    };
    const render = gl.render.bind(gl);
    gl.render = (scene, camera) => {
      if (!drawing) return;
      if (frameStart === 0) frameStart = performance.now();
      render(scene, camera);
      const info = gl.info;
      stats.drawCalls = info.render.calls;
      stats.triangles = info.render.triangles;
      stats.programs = info.programs?.length ?? 0;
      stats.geometries = info.memory.geometries;
      stats.textures = info.memory.textures;
      stats.frameMs.push(performance.now() - frameStart);
      if (stats.frameMs.length > KEEP) stats.frameMs.shift();
      stats.frames++;
      stats.presenting = gl.xr.isPresenting;
      frameStart = 0;
      // Again whenever the renderer's texture count changes (a lazily loaded scene arrives).
      if (stats.frames % TEXTURE_EVERY === 1 || info.memory.textures !== texturesEstimated) {
        texturesEstimated = info.memory.textures;
        stats.textureBytes = sceneTextureBytes(scene);
      }
    };
    return () => {
      gl.render = render;
    };
  }, [gl, advance]);
  useFrame(() => {
    frameStart = performance.now();
  }, -1000);
  return null;
}

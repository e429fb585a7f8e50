import {
  DataTexture,
  FloatType,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  RedFormat,
  RGBAFormat,
  Scene,
  ShaderMaterial,
  UnsignedByteType,
} from 'three';
import { describe, expect, it } from 'vitest';
import {
  sceneTextureBytes,
  sceneTextures,
  textureBytes,
} from '../../../src/experience/ui/textureMemory.ts';

const rgba = (w: number, h: number) =>
  new DataTexture(new Uint8Array(w * h * 4), w, h, RGBAFormat, UnsignedByteType);

describe('texture memory estimates', () => {
  it('counts width × height × bytes per texel, and a third more for mipmaps', () => {
    const t = rgba(64, 32);
    expect(textureBytes(t)).toBe(64 * 32 * 4); // DataTexture: no mipmaps by default
    t.generateMipmaps = true;
    expect(textureBytes(t)).toBe(Math.round((64 * 32 * 4 * 4) / 3));
    const red = new DataTexture(new Float32Array(16 * 16), 16, 16, RedFormat, FloatType);
    expect(textureBytes(red)).toBe(16 * 16 * 4);
  });

  it('finds textures in materials and shader uniforms once each, visible objects only', () => {
    const scene = new Scene();
    const shared = rgba(8, 8);
    const lut = rgba(1024, 1);
    const plane = new PlaneGeometry();
    scene.add(new Mesh(plane, new MeshBasicMaterial({ map: shared })));
    scene.add(new Mesh(plane, new MeshBasicMaterial({ map: shared, alphaMap: rgba(4, 4) })));
    scene.add(new Mesh(plane, new ShaderMaterial({ uniforms: { uLut: { value: lut } } })));
    const hidden = new Mesh(plane, new MeshBasicMaterial({ map: rgba(512, 512) }));
    hidden.visible = false;
    scene.add(hidden);
    expect(sceneTextures(scene).size).toBe(3);
    expect(sceneTextureBytes(scene)).toBe(8 * 8 * 4 + 4 * 4 * 4 + 1024 * 4);
  });

  it('is zero for a scene without textures', () => {
    const scene = new Scene();
    scene.add(new Mesh(new PlaneGeometry(), new MeshBasicMaterial()));
    expect(sceneTextureBytes(scene)).toBe(0);
  });
});

import {
  AlphaFormat,
  ByteType,
  FloatType,
  HalfFloatType,
  IntType,
  RedFormat,
  RedIntegerFormat,
  RGFormat,
  RGIntegerFormat,
  RGBAFormat,
  RGBAIntegerFormat,
  ShortType,
  Texture,
  UnsignedByteType,
  UnsignedIntType,
  UnsignedShortType,
} from 'three';
import type { Material, Object3D } from 'three';

/** Bytes of one texel for an uncompressed format and type (RGBA8 when unknown). */
function texelBytes(texture: Texture): number {
  const channels =
    texture.format === RedFormat ||
    texture.format === RedIntegerFormat ||
    texture.format === AlphaFormat
      ? 1
      : texture.format === RGFormat || texture.format === RGIntegerFormat
        ? 2
        : texture.format === RGBAFormat || texture.format === RGBAIntegerFormat
          ? 4
          : 4;
  const bytes =
    texture.type === FloatType || texture.type === IntType || texture.type === UnsignedIntType
      ? 4
      : texture.type === HalfFloatType ||
          texture.type === ShortType ||
          texture.type === UnsignedShortType
        ? 2
        : texture.type === UnsignedByteType || texture.type === ByteType
          ? 1
          : 1;
  return channels * bytes;
}

/**
 * Estimated GPU bytes of one texture: width × height × bytes per texel (× 4/3 with a mipmap
 * chain). Compressed textures count their stored mip levels as they are.
 */
export function textureBytes(texture: Texture): number {
  const t = texture as Texture & {
    isCompressedTexture?: boolean;
    mipmaps?: { data?: ArrayBufferView }[];
  };
  const mipmaps = t.mipmaps;
  if (t.isCompressedTexture && mipmaps) {
    return mipmaps.reduce((sum, m) => sum + (m.data?.byteLength ?? 0), 0);
  }
  const image = texture.image as { width?: number; height?: number; depth?: number } | null;
  const width = image?.width ?? 0;
  const height = image?.height ?? 0;
  const layers = image?.depth ?? 1;
  const base = width * height * layers * texelBytes(texture);
  return Math.round(texture.generateMipmaps ? (base * 4) / 3 : base);
}

function texturesOf(material: Material, into: Set<Texture>): void {
  for (const value of Object.values(material)) if (value instanceof Texture) into.add(value);
  const uniforms = (material as Material & { uniforms?: Record<string, { value: unknown }> })
    .uniforms;
  if (uniforms) {
    for (const u of Object.values(uniforms)) {
      if (u.value instanceof Texture) into.add(u.value);
      else if (Array.isArray(u.value)) {
        for (const v of u.value as unknown[]) if (v instanceof Texture) into.add(v);
      }
    }
  }
}

/** Every texture the visible objects under `root` use (materials and shader uniforms), once. */
export function sceneTextures(root: Object3D): Set<Texture> {
  const textures = new Set<Texture>();
  root.traverseVisible((object) => {
    const material = (object as Object3D & { material?: Material | Material[] }).material;
    if (!material) return;
    for (const m of Array.isArray(material) ? material : [material]) texturesOf(m, textures);
  });
  const background = (root as Object3D & { background?: unknown }).background;
  if (background instanceof Texture) textures.add(background);
  return textures;
}

/** Estimated GPU memory of the textures a scene uses, in bytes. */
export function sceneTextureBytes(root: Object3D): number {
  let total = 0;
  for (const t of sceneTextures(root)) total += textureBytes(t);
  return total;
}

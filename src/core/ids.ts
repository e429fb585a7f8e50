/**
 * RFC 4122 version 4 UUIDs from a cryptographic random source. crypto.randomUUID exists only in
 * secure contexts, and a care home's LAN may serve plain HTTP to a tablet, so build one ourselves.
 */
export function uuidV4(
  fill: (bytes: Uint8Array) => void = (b) => crypto.getRandomValues(b),
): string {
  const b = new Uint8Array(16);
  fill(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

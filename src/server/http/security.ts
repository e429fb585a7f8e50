import type { FastifyInstance } from 'fastify';

/**
 * The content security policy, in one place. The text renderer lays out glyphs in a worker built
 * from blob: URLs that importScripts further blob: URLs (made by our own code), so blob: is allowed
 * for scripts and workers; WebAssembly compilation is allowed for three's decoders.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' blob: 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss: blob: data:",
  "media-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Permissions-Policy', 'xr-spatial-tracking=(self)');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    return payload;
  });
}

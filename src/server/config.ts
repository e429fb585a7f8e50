import { z } from 'zod';

/** Server settings from flags (first) and environment variables, validated with clear errors. */
export const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  dataDir: z.string().min(1),
  dist: z.string().min(1),
  build: z.boolean(),
  tlsCert: z.string().optional(),
  tlsKey: z.string().optional(),
  secureCookies: z.boolean(),
  trustProxy: z.boolean(),
});
export type Config = z.infer<typeof ConfigSchema>;

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const isOn = (v: string | undefined) => v !== undefined && /^(1|true|yes|on)$/i.test(v);

export function readConfig(argv: readonly string[], env: NodeJS.ProcessEnv): Config {
  const empty = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
  const raw = {
    port: flag(argv, 'port') ?? empty(env.PORT) ?? '8080',
    host: flag(argv, 'host') ?? empty(env.HOST) ?? '0.0.0.0',
    databaseUrl: empty(env.DATABASE_URL),
    dataDir: empty(env.HAFAN_DATA_DIR) ?? 'data',
    dist: empty(env.HAFAN_DIST) ?? 'dist',
    build: !argv.includes('--no-build'),
    tlsCert: empty(env.HAFAN_TLS_CERT),
    tlsKey: empty(env.HAFAN_TLS_KEY),
    secureCookies: isOn(env.HAFAN_SECURE_COOKIES) || Boolean(empty(env.HAFAN_TLS_CERT)),
    trustProxy: isOn(env.HAFAN_TRUST_PROXY),
  };
  const r = ConfigSchema.safeParse(raw);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid settings:\n${lines.join('\n')}`);
  }
  if (Boolean(r.data.tlsCert) !== Boolean(r.data.tlsKey)) {
    throw new Error('Set both HAFAN_TLS_CERT and HAFAN_TLS_KEY to serve HTTPS, or neither');
  }
  return r.data;
}

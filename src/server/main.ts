import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from './app.ts';
import { ensureBuild } from './build.ts';
import { readConfig } from './config.ts';
import { migrate, openDatabase } from './db/database.ts';
import { existingLanCert } from './ops/lanCert.ts';
import { writeServerLock } from './ops/serverLock.ts';
import { ensureFirstAdmin } from './storage/users.ts';
import { readIceServers } from './social/config.ts';

/** `npm start`: build if stale, open and migrate the database, serve, print where to go. */
async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config.build) ensureBuild(config.dist);
  // Given certificate files first; else the local CA's certificate from `npm run lan-cert`.
  const lan = config.tlsCert ? null : existingLanCert(config.dataDir);
  const tls = config.tlsCert && config.tlsKey ? { cert: config.tlsCert, key: config.tlsKey } : lan;
  const https = tls
    ? { cert: fs.readFileSync(tls.cert), key: fs.readFileSync(tls.key) }
    : undefined;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    sqlitePath: path.join(config.dataDir, 'hafan.sqlite'),
  });
  await migrate(database);
  // First start (or a restart before the first admin chose a password): a one-time setup link.
  // The token sits after '#', so it never reaches a server log or a Referer header.
  const setup = await ensureFirstAdmin(database.db, Date.now());
  const version = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string })
    .version;
  const app = await buildApp({
    database,
    staticDir: config.dist,
    version,
    logger: false,
    https,
    followUpDays: config.followUpDays,
    narrationDir: config.narrationDir,
    lanCaFile: lan?.caCert,
    dataDir: config.dataDir,
    backupDir: config.backupDir,
    // HTTPS here (given files or the LAN certificate) always means Secure cookies.
    secureCookies: config.secureCookies || Boolean(https),
    trustProxy: config.trustProxy,
    social: { iceServers: readIceServers(process.env.HAFAN_ICE_SERVERS) },
  });
  await app.listen({ port: config.port, host: config.host });

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // Tells `npm run restore` that this data folder is in use.
  const releaseLock = writeServerLock(config.dataDir, port);
  const scheme = https ? 'https' : 'http';
  const hosts = ['localhost'];
  if (config.host === '0.0.0.0' || config.host === '::') {
    for (const list of Object.values(os.networkInterfaces())) {
      for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) hosts.push(a.address);
    }
  } else if (config.host !== '127.0.0.1') {
    hosts.push(config.host);
  }
  if (setup) {
    console.log(
      `\nSet up the first admin account (user name "${setup.username}") by opening once:`,
    );
    for (const h of hosts)
      console.log(`  setup     ${scheme}://${h}:${port}/console/setup#${setup.token}`);
    console.log(
      `  (single use; expires ${setup.expiresAt}; a restart before then prints a new link)\n`,
    );
  }
  console.log(`Hafan ${version} is running (${database.dialect}: ${database.description})`);
  for (const h of hosts) {
    const base = `${scheme}://${h}:${port}`;
    console.log(`  headset   ${base}/\n  console   ${base}/console\n  research  ${base}/research`);
  }
  if (lan) {
    console.log(
      `  (local CA certificate: devices must trust ${lan.caCert}, also at /hafan-ca.crt; ` +
        'see npm run lan-cert)',
    );
  }
  if (!https) {
    console.log(
      '  (a headset needs HTTPS or localhost for VR: see README, "Opening Hafan on a Quest")',
    );
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: finishing requests and closing`);
    app
      .close()
      .then(() => database.close())
      .then(releaseLock)
      .then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(err);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(`Hafan could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

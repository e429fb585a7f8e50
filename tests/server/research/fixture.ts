import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { openMigrated, type TestDatabase } from '../databases.ts';
import { seedResearchDataset, seedStudyKey } from './dataset.ts';
import { insertSynthetic, type SyntheticOptions } from './synthetic.ts';

/**
 * The one place research tests get their database from: migrated, with the fixed dataset
 * (dataset.ts) or a synthetic one (synthetic.ts), optionally the study key and the app over it.
 */

export interface ResearchFixtureOptions {
  /** 'fixed' (the default): seedResearchDataset; otherwise insertSynthetic with these options. */
  data?: 'fixed' | SyntheticOptions;
  studyKey?: boolean;
  /** Build the app over the database (with these options). */
  app?: boolean | Omit<AppOptions, 'database'>;
}

export interface ResearchFixture {
  database: Database;
  app: FastifyInstance;
}

/** For a describe block: opened and seeded before its tests, closed after them. */
export function researchFixture(t: TestDatabase, o: ResearchFixtureOptions = {}): ResearchFixture {
  const fx = {} as ResearchFixture;
  beforeAll(async () => {
    fx.database = await openMigrated(t);
    const data = o.data ?? 'fixed';
    if (data === 'fixed') await seedResearchDataset(fx.database.db);
    else await insertSynthetic(fx.database.db, data);
    if (o.studyKey) await seedStudyKey(fx.database.db);
    if (o.app) {
      fx.app = await buildApp({ ...(o.app === true ? {} : o.app), database: fx.database });
    }
  });
  afterAll(async () => {
    await fx.app?.close();
    await fx.database?.close();
  });
  return fx;
}

import fs from 'node:fs/promises';
import path from 'node:path';
import { LANGS } from '../../core/i18n/catalogue.ts';
import { parseRecordedPath } from '../../core/narration/source.ts';

/** Most files an index lists (four scenes × two languages is a few hundred). */
const MAX_FILES = 20_000;

/**
 * Every recorded narration file under `dir`, as `<lang>/<script>/<lineId>.<ext>` paths, sorted.
 * Anything not named that way (notes, other formats, deeper folders) is ignored; a missing
 * folder is simply no files.
 */
export async function listRecordedFiles(dir: string | undefined): Promise<string[]> {
  if (!dir) return [];
  const found: string[] = [];
  for (const lang of LANGS) {
    const langDir = path.join(dir, lang);
    const scripts = await fs.readdir(langDir, { withFileTypes: true }).catch(() => []);
    for (const script of scripts) {
      if (!script.isDirectory()) continue;
      const files = await fs
        .readdir(path.join(langDir, script.name), { withFileTypes: true })
        .catch(() => []);
      for (const file of files) {
        const rel = `${lang}/${script.name}/${file.name}`;
        if (file.isFile() && parseRecordedPath(rel)) found.push(rel);
        if (found.length >= MAX_FILES) return found.sort();
      }
    }
  }
  return found.sort();
}

import fs from 'node:fs';

export const BENCHMARKS_FILE = 'docs/BENCHMARKS.md';

const HEADER = `# Hafan benchmarks

Every figure here is written by a command, shown in its section. Figures in milliseconds come from
headless Chromium with software WebGL (SwiftShader) on a 2-core machine: they are far slower than a
Quest's GPU, so read them against the baseline measured in the same run, never against an old
number. Each section sits between \`<!-- bench:<name>:start -->\` and \`<!-- bench:<name>:end -->\`
markers and is rewritten only by its own command; text outside the markers is kept.
`;

/**
 * Replaces one marked section of docs/BENCHMARKS.md (other benches own other sections), creating
 * the file or the section when missing.
 */
export function writeSection(name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const current = fs.existsSync(BENCHMARKS_FILE)
    ? fs.readFileSync(BENCHMARKS_FILE, 'utf8')
    : HEADER;
  const i = current.indexOf(start);
  const j = current.indexOf(end);
  const next =
    i >= 0 && j > i
      ? current.slice(0, i) + block + current.slice(j + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(BENCHMARKS_FILE, next);
}

export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (x: number) => x.toFixed(2);

import { describe, expect, it } from 'vitest';
import { parseRegistry, previewPath, registryScenes } from './scenes.ts';

describe('the scenes the bench measures', () => {
  it('are every scene of the registry, the social ones full of people', async () => {
    const { scenes, via } = await registryScenes();
    expect(via).toBe('import');
    expect(scenes.map((s) => [s.id, !!s.social])).toEqual([
      ['beach', false],
      ['glade', false],
      ['aurora', false],
      ['garden', false],
      ['tea-party', true],
      ['campfire', true],
    ]);
    expect(previewPath(scenes[0]!)).toBe('/?preview=beach&stats=1');
    expect(previewPath(scenes[4]!)).toBe('/?preview=tea-party&people=7&stats=1');
  });

  it('reads the same list from the registry file when it cannot be imported', async () => {
    const { scenes } = await registryScenes();
    const parsed = parseRegistry();
    expect(parsed.map((s) => [s.id, s.ambience, !!s.social])).toEqual(
      scenes.map((s) => [s.id, s.ambience, !!s.social]),
    );
  });
});

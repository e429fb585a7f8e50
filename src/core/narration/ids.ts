/**
 * The narration scripts Hafan ships (assets/narration/<lang>/<id>.json). A scene's manifest names
 * its script by one of these ids; kept apart from the scripts so the manifest and the console can
 * name a script without loading any text.
 */
export const SCENE_SCRIPT_IDS = ['beach', 'glade', 'aurora', 'garden'] as const;
export type SceneScriptId = (typeof SCENE_SCRIPT_IDS)[number];

export function isSceneScriptId(id: string): id is SceneScriptId {
  return (SCENE_SCRIPT_IDS as readonly string[]).includes(id);
}

import { useEffect, useState } from 'react';

/**
 * A three.js object (geometry, material, texture) created once per mount and disposed when the
 * component unmounts, so GPU memory is released when a scene ends. Disposed objects that render
 * again (React's strict-mode remount) are simply re-uploaded by three.
 */
export function useDisposable<T extends { dispose: () => void }>(create: () => T): T {
  const [object] = useState(create);
  useEffect(() => () => object.dispose(), [object]);
  return object;
}

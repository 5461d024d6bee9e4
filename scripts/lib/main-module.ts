// "Was this file run directly (node --import tsx file.ts) rather than imported?" Comparing
// import.meta.url with `file://${argv[1]}` breaks on paths that need URL-encoding (a space, a #).
import { pathToFileURL } from 'node:url';

/** True when the module with this `import.meta.url` is the script node was started with. */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === pathToFileURL(entry).href;
}

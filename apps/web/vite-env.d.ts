// Side-effect style imports (CSS) are resolved by Vite.
declare module '*.css';

declare module 'bpmn-auto-layout' {
  /** Adds diagram interchange (shapes and edges) to BPMN XML that has none. */
  export function layoutProcess(xml: string): Promise<string>;
}

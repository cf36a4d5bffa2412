/** Types for the part of sizes.mjs that TypeScript code (launch.ts) uses. */
export function bundleScript(contents: string, projectRoot: string, name: string): Promise<Uint8Array>;

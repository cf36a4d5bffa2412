/** Types for scripts/release/compare.mjs (used by its unit test). */
export const REVIEWERS_HEADING: string;
export function reviewerSteps(readme: string): { nodeMajor: number; commands: string[] };
export function sha256(bytes: Uint8Array): string;
export interface Comparison {
  identical: boolean;
  onlyInPackage: string[];
  onlyInRebuild: string[];
  differing: string[];
  same: number;
}
export function compareTrees(packaged: Map<string, string>, rebuilt: Map<string, string>): Comparison;
export function describeComparison(result: Comparison): string;

/** Types for scripts/release/listing.mjs (used by the store assets script and its unit test). */
export const LISTING_LIMITS: { name: number; summary: number; description: number; caption: number; promo: number };
export const CAPTIONED: string[];
export interface Listing {
  name: string;
  summary: string;
  description: string;
  captions: Record<string, string>;
  promo: string;
}
export function parseListing(markdown: string): Listing;
export function listingProblems(listing: Listing): string[];

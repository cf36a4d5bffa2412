// The store listing's words, one Markdown file per locale (docs/store/listing/<locale>.md), read by
// `npm run store:assets` (screenshot captions, the promo tile's line) and checked by a unit test against the
// stores' limits. Pure: text in, sections out.

/** The stores' limits, in characters. Chrome: name 75, summary 132; AMO: name 50, summary 250. */
export const LISTING_LIMITS = { name: 50, summary: 132, description: 16_000, caption: 80, promo: 60 };

/** The screenshots that carry a caption, in the order the stores show them. */
export const CAPTIONED = ['popup', 'drill', 'options', 'welcome'];

/**
 * Splits a listing file into its `## ` sections and reads them.
 * @param {string} markdown
 * @returns {{ name: string, summary: string, description: string, captions: Record<string, string>, promo: string }}
 */
export function parseListing(markdown) {
  const sections = new Map();
  let current = null;
  for (const line of markdown.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) sections.set((current = heading[1].trim()), []);
    else if (current) sections.get(current).push(line);
  }
  const text = (title) => {
    if (!sections.has(title)) throw new Error(`The listing has no "## ${title}" section`);
    return sections.get(title).join('\n').trim();
  };
  const captions = {};
  for (const line of text('Screenshot captions').split('\n')) {
    const item = /^- (\w+): (.+)$/.exec(line.trim());
    if (item) captions[item[1]] = item[2].trim();
  }
  return { name: text('Name'), summary: text('Summary'), description: text('Description'), captions, promo: text('Promo tile') };
}

/**
 * What breaks the stores' rules in a parsed listing, in words; empty when it is fine.
 * @param {ReturnType<typeof parseListing>} listing
 * @returns {string[]}
 */
export function listingProblems(listing) {
  const problems = [];
  const check = (what, value, limit) => {
    if (value.length === 0) problems.push(`${what} is empty`);
    else if ([...value].length > limit) problems.push(`${what} has ${[...value].length} characters, more than ${limit}`);
  };
  check('the name', listing.name, LISTING_LIMITS.name);
  check('the summary', listing.summary, LISTING_LIMITS.summary);
  if (listing.summary.includes('\n')) problems.push('the summary is more than one line');
  check('the description', listing.description, LISTING_LIMITS.description);
  for (const id of CAPTIONED) check(`the ${id} caption`, listing.captions[id] ?? '', LISTING_LIMITS.caption);
  check('the promo tile line', listing.promo, LISTING_LIMITS.promo);
  return problems;
}

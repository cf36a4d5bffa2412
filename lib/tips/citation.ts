/**
 * How a source is named, so a reader can find it: author, site, title, year, and an address to open in a new tab
 * (the extension itself fetches nothing). `year` is null where the page gives none; it is then cited with the
 * locale's "no date" ("n.d.", "o. J.", "s. d."), as citation styles do. The sources themselves are in lib/tips/sources.ts and lib/tips/tip-sources.ts.
 */
export interface Source {
  /** A person, or the organisation when the page names no person. */
  author: string;
  site: string;
  /** The page's own title, as it stands. */
  title: string;
  year: number | null;
  url: string;
}

/** "Author, Site (2021): Title", with the site left out when the author is the site; `noDate` stands in for no year. */
export function citation(source: Source, noDate: string): string {
  const who = source.site === source.author || source.author.includes(`(${source.site})`) ? source.author : `${source.author}, ${source.site}`;
  return `${who} (${source.year ?? noDate}): ${source.title}`;
}

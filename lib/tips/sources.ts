/**
 * The pages the safety list (lib/tips/safety.ts) follows, named in full (lib/tips/citation.ts). They sit apart
 * from the tips' other sources (lib/tips/tip-sources.ts) so that nothing loads more sources than it shows.
 */
import type { Source } from './citation';


export const NICE = 'National Institute for Health and Care Excellence (NICE)';
export const NICE_POSTNATAL: Source = {
  author: NICE,
  site: 'NICE',
  title: 'Postnatal care (NICE guideline NG194)',
  year: 2021,
  url: 'https://www.nice.org.uk/guidance/ng194',
};
export const NICE_BACK_PAIN: Source = {
  author: NICE,
  site: 'NICE',
  title: 'Low back pain and sciatica in over 16s: assessment and management (NICE guideline NG59)',
  year: 2016,
  url: 'https://www.nice.org.uk/guidance/ng59',
};
export const NHS = 'NHS';
export const NHS_CAUDA_EQUINA: Source = {
  author: NHS,
  site: 'NHS website',
  title: 'Cauda equina syndrome',
  year: null,
  url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
};
export const NHS_PRE_ECLAMPSIA: Source = {
  author: NHS,
  site: 'NHS website',
  title: 'Pre-eclampsia',
  year: null,
  url: 'https://www.nhs.uk/conditions/pre-eclampsia/',
};
/** The NHS and NICE pages the safety list (lib/tips/safety.ts) follows, cited under it and by its tip. */
export const SAFETY_SOURCES: readonly [Source, ...Source[]] = [NICE_POSTNATAL, NICE_BACK_PAIN, NHS_CAUDA_EQUINA, NHS_PRE_ECLAMPSIA];

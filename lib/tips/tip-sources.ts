/**
 * The tips' sources beyond the safety list's (lib/tips/sources.ts): the five articles the tips were first written
 * from, and the clinical guidance for what they do not cover (safe sleep, the pelvic-floor programme, running,
 * low mood). Only the notes (lib/tips/tip-notes.ts, loaded on demand) need these.
 */
import type { Source } from './citation';
import { NHS, NICE } from './sources';

// The five articles by pelvic-floor physical therapists and postpartum coaches the tips were first written from.
export const CORE_PROBLEM: Source = {
  author: 'Dr. Kelsy de Melo',
  site: 'The Strong Moms Club',
  title: 'How I know Your Postpartum Back Pain is a CORE Problem',
  year: null, // dated "Sep 5", without a year
  url: 'https://www.thestrongmomsclub.com/post/how-i-know-your-postpartum-back-pain-is-a-core-problem',
};
export const CAUSES_AND_RELIEF: Source = {
  author: 'Our Fit Family Life',
  site: 'Our Fit Family Life',
  title: 'What’s Really Causing Your Postpartum Back Pain... And How to Get Relief',
  year: null,
  url: 'https://www.ourfitfamilylife.com/blog/postpartum-back-pain-and-solutions',
};
export const UNEXPECTED_ANSWERS: Source = {
  author: 'Betsy Petry-Johnson, PT',
  site: 'Mama Made Strong',
  title: 'Postpartum Back Pain: The Unexpected Answers',
  year: 2019,
  url: 'https://mamamadestrong.com/2019/07/30/postpartum-back-pain-the-unexpected-answers/',
};
export const PT_EXERCISES: Source = {
  author: 'Strong Core Mama',
  site: 'Strong Core Mama',
  title: 'Postpartum Back Pain',
  year: 2026,
  url: 'https://strongcoremama.com/2026/02/18/postpartum-back-pain',
};
export const WHY_BACK_PAIN: Source = {
  author: 'Renew Health',
  site: 'Renew Health',
  title: 'Why Do Moms Often Have Back Pain?',
  year: 2023,
  url: 'https://www.renewhealthllc.com/2023/01/16/why-do-moms-often-have-back-pain/',
};

/** The five articles, in the order of the copying guard's fixture (tests/fixtures/seed-runs.json). */
export const ARTICLES: readonly Source[] = [CORE_PROBLEM, CAUSES_AND_RELIEF, UNEXPECTED_ANSWERS, PT_EXERCISES, WHY_BACK_PAIN];

// Clinical guidance for the tips the articles do not cover.
export const NICE_PELVIC_FLOOR: Source = {
  author: NICE,
  site: 'NICE',
  title: 'Pelvic floor dysfunction: prevention and non-surgical management (NICE guideline NG210)',
  year: 2021,
  url: 'https://www.nice.org.uk/guidance/ng210',
};
export const NHS_CAESAREAN_RECOVERY: Source = {
  author: NHS,
  site: 'NHS website',
  title: 'Caesarean section: Recovery',
  year: null,
  url: 'https://www.nhs.uk/conditions/caesarean-section/recovery/',
};
export const NHS_SAFE_SLEEP: Source = {
  author: NHS,
  site: 'NHS website',
  title: 'Sudden infant death syndrome (SIDS)',
  year: null,
  url: 'https://www.nhs.uk/conditions/sudden-infant-death-syndrome-sids/',
};
export const NHS_PELVIC_FLOOR: Source = {
  author: NHS,
  site: 'NHS website',
  title: 'What are pelvic floor exercises?',
  year: null,
  url: 'https://www.nhs.uk/common-health-questions/womens-health/what-are-pelvic-floor-exercises/',
};
export const NHS_PELVIC_PAIN: Source = {
  author: NHS,
  site: 'NHS website',
  title: 'Pelvic pain in pregnancy',
  year: null,
  url: 'https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/pelvic-pain/',
};
export const NHS_POSTNATAL_DEPRESSION: Source = {
  author: NHS,
  site: 'NHS website',
  title: 'Postnatal depression',
  year: null,
  url: 'https://www.nhs.uk/mental-health/conditions/post-natal-depression/overview/',
};
export const NHS_DESK: Source = {
  author: NHS,
  site: 'NHS website',
  title: 'How to sit correctly',
  year: null,
  url: 'https://www.nhs.uk/live-well/exercise/how-to-sit-correctly/',
};
export const STOCKPORT_FEEDING_POSITIONS: Source = {
  author: 'Stockport NHS Foundation Trust',
  site: 'Stockport NHS Foundation Trust',
  title: 'How to breastfeed lying down',
  year: null,
  url: 'https://www.stockport.nhs.uk/viewpage.aspx?p=75',
};
export const RUNNING_POSTNATAL: Source = {
  author: 'Tom Goom, Gráinne Donnelly and Emma Brockwell',
  site: 'Absolute Physio',
  title: 'Returning to running postnatal – guideline for medical, health and fitness professionals managing this population',
  year: 2019,
  url: 'https://absolute.physio/wp-content/uploads/2019/09/returning-to-running-postnatal-guidelines.pdf',
};

/**
 * `npm run store:assets [-- <locale>…]`: the store listing's screenshots and promo tile for each locale the
 * extension ships (or those given), from the fresh build in .output/chrome-mv3, into docs/store/<locale>/,
 * with the browser started in that language. See scripts/release/store-assets.ts.
 */
import { join, relative } from 'node:path';
import { LOCALES, type Locale } from '../lib/locales/locales';
import { makeStoreAssets, STORE_DIR } from './release/store-assets';

const asked = process.argv.slice(2);
const unknown = asked.filter((locale) => !(LOCALES as readonly string[]).includes(locale));
if (unknown.length > 0) throw new Error(`Not a shipped locale: ${unknown.join(', ')} (ships: ${LOCALES.join(', ')})`);
const locales = asked.length > 0 ? (asked as Locale[]) : [...LOCALES];
const started = Date.now();
for (const locale of locales) {
  const { made, slots } = await makeStoreAssets(join(STORE_DIR, locale), { locale });
  for (const { file, width, height } of made) console.log(`  ${relative(process.cwd(), file)}  ${width} × ${height}`);
  for (const slot of slots) console.log(`  ${locale}: slot, not made: ${slot}`);
}
console.log(`${locales.length} locale(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

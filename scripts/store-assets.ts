/**
 * `npm run store:assets [-- <directory>]`: the store listing's screenshots and promo tile, from the fresh build
 * in .output/chrome-mv3, into docs/store/<locale>/ (or the directory given). See scripts/release/store-assets.ts.
 */
import { join, relative, resolve } from 'node:path';
import { makeStoreAssets, STORE_DIR } from './release/store-assets';

const locale = 'en'; // every locale the extension ships: lib/locales/<locale>/
const outDir = process.argv[2] ? resolve(process.argv[2]) : join(STORE_DIR, locale);
const started = Date.now();
const { made, slots } = await makeStoreAssets(outDir, { locale });
for (const { file, width, height } of made) console.log(`  ${relative(process.cwd(), file)}  ${width} × ${height}`);
for (const slot of slots) console.log(`  slot, not made: ${slot}`);
console.log(`${made.length} images in ${((Date.now() - started) / 1000).toFixed(1)} s`);

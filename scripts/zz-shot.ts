import { launchExtension } from '../tests/e2e/harness';
const ext = await launchExtension();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1000, 700, 380]) {
    const page = await ext.openPage('options.html', { colorScheme: scheme, width });
    await page.setViewportSize({ width, height: 760 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/shots/${scheme}-${width}.png` });
    if (width === 1000 && scheme === 'light') {
      await page.screenshot({ path: `/tmp/shots/${scheme}-${width}-full.png`, fullPage: true });
      await page.click('a[href="#data"]');
      await page.waitForTimeout(400);
      await page.screenshot({ path: `/tmp/shots/${scheme}-${width}-data.png` });
    }
    await page.close();
  }
}
console.log(ext.errors);
await ext.close();

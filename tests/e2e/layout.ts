/**
 * What a longer language breaks, measured in the page: sideways scrolling, text that spills out of its box or
 * is cut off, and text that did not come from the messages. Each problem is one readable line.
 */
import type { Page } from 'playwright-core';

/**
 * Sideways scrolling beyond `width`, and every visible element with text of its own whose content is wider
 * (or, when it clips, taller) than its box: a label spilling past its border, an ellipsis, a cut-off line.
 */
export function layoutProblems(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = [];
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) problems.push(`the page is ${scrollWidth} px wide (at most ${width})`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      const style = getComputedStyle(el);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      // Text of its own, or a box that clips (or ellipsizes) the text of what it holds.
      const holdsText = ownText || (clips && el.textContent!.trim() !== '' && !/auto|scroll/.test(style.overflowX + style.overflowY));
      if (!holdsText || el.getClientRects().length === 0 || el.closest('svg, [hidden], [aria-hidden="true"]')) continue;
      // An inline box has no width of its own; a 1 px box is text for screen readers only.
      if (style.display === 'inline' || style.visibility === 'hidden' || el.clientWidth <= 1) continue;
      const label = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${el.textContent!.trim().slice(0, 40)}"`;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${label}: its text is ${el.scrollWidth} px wide in a ${el.clientWidth} px box`);
      else if (clips && el.scrollHeight > el.clientHeight + 1) problems.push(`${label}: ${el.scrollHeight} px of text cut to ${el.clientHeight} px`);
      const box = el.getBoundingClientRect();
      // Inside a row that scrolls sideways on purpose (a tab row, a wide table), the row is what must fit.
      let scroller: HTMLElement | null = el.parentElement;
      while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      if (box.right > width + 1 && !scroller) problems.push(`${label}: ends at ${Math.round(box.right)} px, past the ${width} px edge`);
    }
    return problems;
  }, width);
}

/**
 * Visible text with plain ASCII letters in the pseudo-locale build, where every message has only accented
 * ones: words that did not come from the messages (or tip words) and so would stay English in every
 * language. `allowed` are names that are the same everywhere.
 */
export function untranslatedTexts(page: Page, allowed: readonly string[] = []): Promise<string[]> {
  return page.evaluate((allowed) => {
    // A cited source keeps its own (English) author and title; the link around it is what the page wrote.
    const isName = (el: Element) => el.closest('a[href^="http"]') !== null;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, svg, [hidden]') || parent.getClientRects().length === 0 || isName(parent)) continue;
      let text = node.textContent ?? '';
      for (const name of allowed) text = text.replaceAll(name, '');
      if (/[A-Za-z]{2,}/.test(text)) found.push(text.trim());
    }
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    for (let text of labels) {
      for (const name of allowed) text = text.replaceAll(name, '');
      if (/[A-Za-z]{2,}/.test(text)) found.push(`(label) ${text.trim()}`);
    }
    return found;
  }, allowed);
}

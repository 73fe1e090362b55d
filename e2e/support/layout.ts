/// <reference lib="dom" />
/**
 * What a phone screen must not do, measured in the page: text running past the right edge, the page
 * scrolling sideways, a dossier code broken over two lines.
 */
import type { Locator, Page } from 'playwright-core';

/** How many lines the text of an element takes (distinct line boxes of its text). */
export async function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = new Set<number>();
    for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) tops.add(Math.round(rect.top));
    return tops.size;
  });
}

/**
 * Elements that stick out past the right edge of the screen, or scroll sideways, described by tag,
 * class and the start of their text; empty when the screen fits its width.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const describe = (element: Element): string => {
      const classes = Array.from(element.classList).join('.');
      const text = element.textContent.trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}.${classes} “${text}”`;
    };
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (rect.right > width + 1) found.push(`past the edge: ${describe(element)}`);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrolls && element.scrollWidth > element.clientWidth + 1)
        found.push(`scrolls sideways: ${describe(element)}`);
    }
    if (document.documentElement.scrollWidth > width + 1) found.push('the page scrolls sideways');
    return found;
  });
}

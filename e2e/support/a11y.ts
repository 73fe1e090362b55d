/// <reference lib="dom" />
/**
 * The automated part of the WCAG 2.1 AA check: axe-core, run inside the page in Chromium. A screen
 * passes when axe finds no `serious` or `critical` violation of a WCAG 2.0/2.1 A or AA rule. What
 * axe cannot judge (reading order, meaningful alternatives, keyboard traps) is left to people.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** A violation that comes from inside a third-party component and cannot be fixed from our markup. */
export interface KnownViolation {
  rule: string;
  /** The exact axe target selector of the element. */
  selector: string;
  /** Why it cannot be fixed here. */
  why: string;
}

/**
 * Left out of the check, each with its reason. Keep this list short and exact: a rule is left out
 * for one element only, never for a whole screen.
 */
export const knownViolations: readonly KnownViolation[] = [
  {
    rule: 'aria-required-children',
    selector: '.ant-tabs-nav',
    why:
      'Ant Design Tabs always render their overflow menu button (.ant-tabs-nav-more, hidden until the ' +
      'tabs overflow) inside the role="tablist" element, and no prop removes it. The tabs themselves ' +
      'are role="tab" with names and keyboard support.',
  },
];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** One failing rule on one screen, as printed: `rule (impact): help — target, target`. */
export interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  /** axe's account of the first element (the colours and ratio, for contrast). */
  detail: string;
}

function selectorOf(node: AxeNode): string {
  return node.target.map((part) => (Array.isArray(part) ? part.join(' >> ') : String(part))).join(' >> ');
}

function isKnown(rule: string, selector: string): boolean {
  return knownViolations.some((known) => known.rule === rule && known.selector === selector);
}

/** Runs axe on what the page shows now and returns the serious and critical WCAG A/AA findings. */
export async function accessibilityFindings(page: Page): Promise<Finding[]> {
  // Evaluated through the debugging protocol, so the app's Content-Security-Policy does not apply.
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const results = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as { violations: unknown[] };
    return results.violations;
  }, WCAG_TAGS);
  return (violations as AxeViolation[]).flatMap((violation) => {
    if (!FAILING_IMPACTS.has(violation.impact ?? '')) return [];
    const nodes = violation.nodes.filter((node) => !isKnown(violation.id, selectorOf(node)));
    if (nodes.length === 0) return [];
    const detail = (nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim();
    const targets = nodes.map(selectorOf);
    return [{ rule: violation.id, impact: violation.impact ?? '', help: violation.help, targets, detail }];
  });
}

function describe(finding: Finding): string {
  return `${finding.rule} (${finding.impact}): ${finding.help} — ${finding.targets.join(', ')} — ${finding.detail}`;
}

/**
 * Checks the screen softly: a violation fails the step with the rule id, impact and the selectors
 * of the elements, and the journey goes on.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const findings = await accessibilityFindings(page);
  expect.soft(findings.map(describe), `WCAG 2.1 AA (axe-core) on ${screen}`).toEqual([]);
}

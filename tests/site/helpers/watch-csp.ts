import type { BrowserContext, Page } from 'playwright-core';

/**
 * A new page that records what would break under a Content-Security-Policy: every
 * `securitypolicyviolation` event in its documents, console errors (workers' included, which is
 * where a blocked WebAssembly compile shows), uncaught errors and failed requests.
 */
export async function watchCsp(
  context: BrowserContext,
): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  // Exposed through the DevTools protocol, which the page's own CSP does not govern.
  await page.exposeFunction('__cspViolation', (v: string) => problems.push(`violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation;
      const blocked = e.blockedURI || '(inline)';
      report(`${e.effectiveDirective} blocked ${blocked} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text()))
      problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught ${e.name}: ${e.message}`));
  page.on('requestfailed', (r) => {
    // ERR_ABORTED: the page moved on (a redirect page's meta refresh) before the request finished.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  return { page, problems };
}

/** The deployment files: the GitHub Pages workflow and the `_headers` security policy. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { headersFor, parseHeadersFile } from '../site/helpers/headers-file.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('public/_headers', () => {
  const rules = parseHeadersFile(read('public/_headers'));
  const page = headersFor(rules, '/articles/2025-06-18/x/');
  const csp = Object.fromEntries(
    (page['content-security-policy'] ?? '').split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

  it('sends a strict Content-Security-Policy on every page', () => {
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:']);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(page['content-security-policy']).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });

  it('sends the other security headers', () => {
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page['permissions-policy']).toMatch(/camera=\(\)/);
  });

  it('caches hashed build assets for a year, and pages not at all specially', () => {
    expect(headersFor(rules, '/_astro/x.1a2b3c.css')['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(page['cache-control']).toBeUndefined();
  });
});

describe('.github/workflows/deploy.yml', () => {
  const workflow = parse(read('.github/workflows/deploy.yml'));
  const build = workflow.jobs.build;
  const deploy = workflow.jobs.deploy;
  const uses = (job: { steps: { uses?: string }[] }) =>
    job.steps.map((s) => s.uses?.replace(/@.*/, '')).filter(Boolean);

  it('builds on push to main with Node from .nvmrc and npm ci', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    const node = build.steps.find((s: { uses?: string }) =>
      s.uses?.startsWith('actions/setup-node'),
    );
    expect(node.with['node-version-file']).toBe('.nvmrc');
    expect(build.steps.map((s: { run?: string }) => s.run).filter(Boolean)).toEqual([
      'npm ci',
      'npm run build',
    ]);
  });

  it('passes the Pages URL as SITE_URL and BASE_PATH, and uploads dist/', () => {
    const step = build.steps.find((s: { run?: string }) => s.run === 'npm run build');
    expect(step.env.SITE_URL).toMatch(/steps\.pages\.outputs\.origin/);
    expect(step.env.BASE_PATH).toMatch(/steps\.pages\.outputs\.base_path \}\}\/$/);
    expect(uses(build)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
    ]);
    const upload = build.steps.find((s: { uses?: string }) =>
      s.uses?.startsWith('actions/upload-pages-artifact'),
    );
    expect(upload.with.path).toBe('dist');
  });

  it('deploys with the least permissions, one run at a time', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.needs).toBe('build');
    expect(deploy.environment.name).toBe('github-pages');
    expect(uses(deploy)).toEqual(['actions/deploy-pages']);
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });
});

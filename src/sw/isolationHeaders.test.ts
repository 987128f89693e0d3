import { describe, expect, it } from 'vitest';
import { withIsolationHeaders } from './isolationHeaders';

describe('withIsolationHeaders', () => {
  it('adds COOP, COEP and CORP and keeps status, body and the other headers', async () => {
    const original = new Response('hello', {
      status: 203,
      statusText: 'Non-Authoritative',
      headers: { 'Content-Type': 'text/html', 'Cross-Origin-Embedder-Policy': 'unsafe-none' },
    });
    const isolated = withIsolationHeaders(original);
    expect(isolated.status).toBe(203);
    expect(isolated.statusText).toBe('Non-Authoritative');
    expect(isolated.headers.get('Content-Type')).toBe('text/html');
    expect(isolated.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(isolated.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(isolated.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    expect(await isolated.text()).toBe('hello');
  });

  it('keeps an answer without a body (404 from the network) as it is, headers added', () => {
    const isolated = withIsolationHeaders(new Response(null, { status: 404 }));
    expect(isolated.status).toBe(404);
    expect(isolated.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
  });

  it('returns an opaque response unchanged (its headers cannot be read or set)', () => {
    const opaque = Response.error();
    expect(withIsolationHeaders(opaque)).toBe(opaque);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  initialPresentation,
  presentationInAddress,
  storedPresentation,
  withoutPresentParam,
} from './presentation';

describe('presentationInAddress', () => {
  it('reads on and off words, and is silent without the parameter or with nonsense', () => {
    expect(presentationInAddress('?present=1')).toBe(true);
    expect(presentationInAddress('?backend=wasm&present')).toBe(true);
    expect(presentationInAddress('?present=0')).toBe(false);
    expect(presentationInAddress('?present=Off')).toBe(false);
    expect(presentationInAddress('')).toBeNull();
    expect(presentationInAddress('?backend=wasm')).toBeNull();
    expect(presentationInAddress('?present=maybe')).toBeNull();
  });
});

describe('initialPresentation', () => {
  it('lets the address win over the stored choice, and the stored choice win over off', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (inAddress, stored) => {
        const search = `?present=${inAddress ? 1 : 0}`;
        expect(initialPresentation(search, storedPresentation(stored))).toBe(inAddress);
        expect(initialPresentation('', storedPresentation(stored))).toBe(stored);
      }),
    );
    expect(initialPresentation('', null)).toBe(false);
    expect(initialPresentation('', 'garbage')).toBe(false);
  });
});

describe('withoutPresentParam', () => {
  const key = fc.constantFrom('backend', 'ort', 'model', 'x');
  const value = fc.stringMatching(/^[a-z0-9]{0,6}$/);
  const pairs = fc.array(fc.tuple(key, value), { maxLength: 4 });

  it('removes only the present parameter and keeps the others in order', () => {
    fc.assert(
      fc.property(pairs, fc.nat({ max: 4 }), fc.boolean(), (others, at, on) => {
        const all: Array<[string, string]> = [...others];
        all.splice(Math.min(at, all.length), 0, ['present', on ? '1' : '0']);
        const search = `?${new URLSearchParams(all).toString()}`;
        const left = withoutPresentParam(search);
        expect(presentationInAddress(left)).toBeNull();
        expect([...new URLSearchParams(left)]).toEqual(others);
      }),
    );
  });

  it('leaves an address without the parameter as it was', () => {
    fc.assert(
      fc.property(pairs, (others) => {
        const search = others.length ? `?${new URLSearchParams(others).toString()}` : '';
        expect(withoutPresentParam(search)).toBe(search);
      }),
    );
  });
});

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimMemory } from './memory.ts';

describe('trimMemory', () => {
  it('calls the native addon built at install (native/memory.c)', () => {
    const addon = createRequire(import.meta.url)('../../build/Release/newsgraph_memory.node') as { trimMemory(): boolean };
    expect(typeof addon.trimMemory()).toBe('boolean');
    expect(typeof trimMemory()).toBe('boolean');
  });
});

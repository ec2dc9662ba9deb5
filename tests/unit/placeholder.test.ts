export {}; import { it, expect } from 'vitest'; it('placeholder', () => expect(1).toBe(1));

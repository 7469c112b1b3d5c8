import { describe, expect, it } from 'vitest';
import { toStableJson } from '../../src/regenerate/to-stable-json.ts';

describe('toStableJson', () => {
  it('sorts keys at every level, keeps array order, ends with a newline', () => {
    const a = toStableJson({ b: [{ z: 1, a: 2 }], a: { d: null, c: '中' } });
    const b = toStableJson({ a: { c: '中', d: null }, b: [{ a: 2, z: 1 }] });
    expect(a).toBe(b);
    expect(a).toBe(
      '{\n  "a": {\n    "c": "中",\n    "d": null\n  },\n  "b": [\n    {\n      "a": 2,\n      "z": 1\n    }\n  ]\n}\n',
    );
  });
});

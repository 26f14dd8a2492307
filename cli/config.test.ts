import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('config', () => {
  it('defaults to the embedded setup when no variable is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the variable that is malformed', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      /^environment variable PORT: must be a number$/,
    );
    expect(() => loadConfig({ MIXPILOT_RATE_LIMIT: '-1' })).toThrow(
      /^environment variable MIXPILOT_RATE_LIMIT: must be at least 0$/,
    );
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ OPENAI_API_KEY: '  ' }).OPENAI_API_KEY).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SUGGESTED_PROMPTS } from './assistant-listeners';
import { DEFAULT_COMMAND } from './slack-app';
import { SLACK_PATHS } from './slack-routes';

const manifest = parse(readFileSync(new URL('./manifest.yml', import.meta.url), 'utf8'));

describe('manifest.yml', () => {
  it('asks for exactly the scopes and events the listeners use', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'assistant:write',
        'chat:write',
        'commands',
        'im:history',
        'im:read',
        'im:write',
      ].sort(),
    );
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      [
        'app_mention',
        'assistant_thread_context_changed',
        'assistant_thread_started',
        'message.im',
      ].sort(),
    );
  });

  it('points events, interactivity and the slash command at a served path', () => {
    const paths = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      manifest.features.slash_commands[0].url,
    ].map((url: string) => new URL(url).pathname);
    for (const path of paths) expect(SLACK_PATHS).toContain(path);
    expect(manifest.features.slash_commands[0].command).toBe(DEFAULT_COMMAND);
  });

  it('offers the same suggested prompts as the assistant threads', () => {
    expect(manifest.features.assistant_view.suggested_prompts).toEqual(SUGGESTED_PROMPTS);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(174);
  });
});

// Public surface of integrations/. Other parts import only from here.
export type { SlackMessage } from './slack/answer-blocks';
export { renderAnswerBlocks, widgetUrl } from './slack/answer-blocks';
export { renderDetailsBlocks } from './slack/details-blocks';
export type { MemorySlackDeps } from './slack/memory-slack-deps';
export { createMemorySlackDeps } from './slack/memory-slack-deps';
export { toSlackMrkdwn } from './slack/mrkdwn';
export type {
  SlackAnswerCache,
  SlackConfig,
  SlackDeps,
  SlackFeedback,
  SlackLogger,
  SlackThreadKey,
} from './slack/slack-deps';
export type { SlackRoutes } from './slack/slack-routes';
export { createSlackRoutes, SLACK_PATHS } from './slack/slack-routes';
export type { SlackSocketMode } from './slack/socket-mode';
export { startSlackSocketMode } from './slack/socket-mode';
export { signSlackBody, verifySlackSignature } from './slack/verify-signature';

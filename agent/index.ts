// Public surface of the agent. Other parts import only from here.
export type {
  AgentAnswer,
  AgentEvent,
  AgentService,
  AnswerInput,
  AnswerPart,
  Citation,
  ResumeInput,
  ToolCallRecord,
} from './agent-types';

import OpenAI from 'openai';
import { z } from 'zod';
import type { Logger } from '../observability/logger';
import type { LlmObserver } from '../observability/metrics';

/** Where the model is: any OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Workers AI, Ollama, vLLM). */
export interface LlmConfig {
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

export type LlmFailure = 'unavailable' | 'timeout' | 'malformed';

export type LlmOutcome<T> =
  | { ok: true; value: T; model: string; promptVersion: string; inputTokens: number; outputTokens: number; latencyMs: number }
  | { ok: false; reason: LlmFailure; message: string; latencyMs: number };

export type ChatMessage = { role: 'system' | 'user'; content: string };

/** A model that answers with malformed JSON gets one more chance; a second miss is a failure. */
const MALFORMED_ATTEMPTS = 2;

/**
 * Asks the model for structured output (`response_format: json_schema`) and checks it again with zod:
 * the schema the model is told and the one its answer must pass are the same. Timeouts and retries with
 * backoff come from the SDK; every call is logged with tokens and latency, never with its content.
 */
export function llmClient(config: LlmConfig, logger: Logger, observe: LlmObserver = () => {}) {
  const client = new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey, timeout: config.timeoutMs, maxRetries: config.maxRetries });

  return {
    async structured<T>(name: string, schema: z.ZodType<T>, messages: ChatMessage[], promptVersion: string): Promise<LlmOutcome<T>> {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      for (let attempt = 1; attempt <= MALFORMED_ATTEMPTS; attempt++) {
        let completion: OpenAI.Chat.Completions.ChatCompletion;
        try {
          completion = await client.chat.completions.create({
            model: config.model,
            messages,
            response_format: { type: 'json_schema', json_schema: { name, strict: true, schema: z.toJSONSchema(schema) } },
          });
        } catch (error) {
          const reason: LlmFailure = error instanceof OpenAI.APIConnectionTimeoutError ? 'timeout' : 'unavailable';
          logger.warn('llm call failed', { model: config.model, promptVersion, reason, ms: elapsed() });
          observe({ outcome: reason, inputTokens: 0, outputTokens: 0 });
          return { ok: false, reason, message: error instanceof Error ? error.message : String(error), latencyMs: elapsed() };
        }
        const usage = { inputTokens: completion.usage?.prompt_tokens ?? 0, outputTokens: completion.usage?.completion_tokens ?? 0 };
        const parsed = schema.safeParse(safeJson(completion.choices[0]?.message?.content ?? ''));
        logger.info('llm call', {
          model: completion.model || config.model,
          promptVersion,
          ...usage,
          ms: elapsed(),
          attempt,
          valid: parsed.success,
        });
        observe({ outcome: parsed.success ? 'ok' : 'malformed', ...usage });
        if (parsed.success)
          return { ok: true, value: parsed.data, model: completion.model || config.model, promptVersion, ...usage, latencyMs: elapsed() };
      }
      return { ok: false, reason: 'malformed', message: 'The model did not return output matching the schema.', latencyMs: elapsed() };
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export type LlmClient = ReturnType<typeof llmClient>;

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

/**
 * How the answer's shape was asked for: strict structured output (`json_schema`), or, for servers without
 * it (older Ollama, vLLM and Azure deployments), JSON mode (`json_object`) with the schema in the prompt.
 * Either way the answer is checked with zod.
 */
export type LlmOutputMode = 'json_schema' | 'json_object';

export type LlmOutcome<T> =
  | {
      ok: true;
      value: T;
      model: string;
      promptVersion: string;
      outputMode: LlmOutputMode;
      inputTokens: number;
      outputTokens: number;
      latencyMs: number;
    }
  | { ok: false; reason: LlmFailure; message: string; latencyMs: number };

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

/** A model that answers with malformed JSON gets one more chance (in JSON mode, told what was wrong); a second miss is a failure. */
const MALFORMED_ATTEMPTS = 2;

/** A 400 or 422 that names the response format: the server does not do strict structured output. */
const refusesJsonSchema = (error: unknown) =>
  error instanceof OpenAI.APIError &&
  (error.status === 400 || error.status === 422) &&
  /response_format|json_schema|schema/i.test(error.message);

/**
 * Asks the model for structured output and checks it again with zod: the schema the model is told and the
 * one its answer must pass are the same. A server that refuses `json_schema` is asked in JSON mode from then
 * on, with the schema in the prompt and one repair turn that says what did not match. Timeouts and retries
 * with backoff come from the SDK; every call is logged with tokens, latency and mode, never with its content.
 */
export function llmClient(config: LlmConfig, logger: Logger, observe: LlmObserver = () => {}) {
  const client = new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey, timeout: config.timeoutMs, maxRetries: config.maxRetries });
  // Learned once per client: a server that refused json_schema is not asked for it again.
  let mode: LlmOutputMode = 'json_schema';

  return {
    get outputMode(): LlmOutputMode {
      return mode;
    },

    async structured<T>(name: string, schema: z.ZodType<T>, messages: ChatMessage[], promptVersion: string): Promise<LlmOutcome<T>> {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const jsonSchema = z.toJSONSchema(schema);
      let conversation: ChatMessage[] = messages;
      for (let attempt = 1; attempt <= MALFORMED_ATTEMPTS; attempt++) {
        let completion: OpenAI.Chat.Completions.ChatCompletion;
        try {
          completion = await ask(conversation);
        } catch (error) {
          if (mode === 'json_schema' && refusesJsonSchema(error)) {
            logger.warn('llm server refuses json_schema; using JSON mode', { model: config.model, promptVersion });
            mode = 'json_object';
            attempt--;
            continue;
          }
          const reason: LlmFailure = error instanceof OpenAI.APIConnectionTimeoutError ? 'timeout' : 'unavailable';
          logger.warn('llm call failed', { model: config.model, promptVersion, reason, ms: elapsed() });
          observe({ outcome: reason, inputTokens: 0, outputTokens: 0 });
          return { ok: false, reason, message: error instanceof Error ? error.message : String(error), latencyMs: elapsed() };
        }
        const usage = { inputTokens: completion.usage?.prompt_tokens ?? 0, outputTokens: completion.usage?.completion_tokens ?? 0 };
        const content = completion.choices[0]?.message?.content ?? '';
        const parsed = schema.safeParse(safeJson(content));
        logger.info('llm call', {
          model: completion.model || config.model,
          promptVersion,
          outputMode: mode,
          ...usage,
          ms: elapsed(),
          attempt,
          valid: parsed.success,
        });
        observe({ outcome: parsed.success ? 'ok' : 'malformed', ...usage });
        if (parsed.success)
          return {
            ok: true,
            value: parsed.data,
            model: completion.model || config.model,
            promptVersion,
            outputMode: mode,
            ...usage,
            latencyMs: elapsed(),
          };
        if (mode === 'json_object') conversation = [...conversation, { role: 'assistant', content }, repairTurn(parsed.error)];
      }
      return { ok: false, reason: 'malformed', message: 'The model did not return output matching the schema.', latencyMs: elapsed() };

      function ask(conversation: ChatMessage[]) {
        if (mode === 'json_schema')
          return client.chat.completions.create({
            model: config.model,
            messages: conversation,
            response_format: { type: 'json_schema', json_schema: { name, strict: true, schema: jsonSchema } },
          });
        return client.chat.completions.create({
          model: config.model,
          messages: [
            {
              role: 'system',
              content: `Reply with one JSON object and nothing else. It must match this JSON Schema (every property is required):\n${JSON.stringify(jsonSchema)}`,
            },
            ...conversation,
          ],
          response_format: { type: 'json_object' },
        });
      }
    },
  };
}

/** The turn that tells a model in JSON mode what did not match, so its second answer can. */
function repairTurn(error: z.ZodError): ChatMessage {
  const issues = error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(the reply)'}: ${i.message}`)
    .join('; ');
  return {
    role: 'user',
    content: `That reply did not match the schema (${issues || 'not JSON'}). Reply again with the corrected JSON object only.`,
  };
}

/** The JSON in a reply; models in JSON mode sometimes wrap it in a Markdown code fence. */
function safeJson(text: string): unknown {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(text)?.[1] ?? text;
  try {
    return JSON.parse(fenced);
  } catch {
    return undefined;
  }
}

export type LlmClient = ReturnType<typeof llmClient>;

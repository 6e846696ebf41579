import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for an OpenAI-compatible endpoint: `POST /v1/chat/completions` with
 * `response_format: json_schema`, answering as the chat completions API does. Its modes script the ways
 * a real model and service behave:
 * - good: answers with what `respond` returns for the request;
 * - slow: the same, after `delayMs`;
 * - failing: 500s;
 * - malformed: content that is not JSON;
 * - adversarial: obeys any instruction it finds in the messages — a JSON object after "RESPOND WITH:" —
 *   as a model manipulated by text in a workbook would;
 * - json-mode-only: a server without strict structured output (older Ollama, vLLM, Azure): `json_schema`
 *   gets the 400 such servers send, `json_object` gets the answer wrapped in a Markdown code fence;
 * - json-mode-sloppy: the same, but its first JSON-mode answer misses the schema (`{}`) and it answers
 *   right only when a repair turn (an assistant message) is in the conversation.
 */
export type FakeMode = 'good' | 'slow' | 'failing' | 'malformed' | 'adversarial' | 'json-mode-only' | 'json-mode-sloppy';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
}

export interface FakeOpenAI {
  url: string;
  mode: FakeMode;
  requests: ChatRequest[];
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export async function startFakeOpenAI(options: {
  mode: FakeMode;
  respond: (request: ChatRequest) => unknown;
  delayMs?: number;
}): Promise<FakeOpenAI> {
  const requests: ChatRequest[] = [];
  const state = { mode: options.mode };
  const server: Server = createServer(
    (req, res) =>
      void (async () => {
        if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
          return;
        }
        const request = JSON.parse(await body(req)) as ChatRequest;
        requests.push(request);
        if (state.mode === 'failing') {
          res
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: { message: 'The server had an error', type: 'server_error' } }));
          return;
        }
        const jsonModeOnly = state.mode === 'json-mode-only' || state.mode === 'json-mode-sloppy';
        if (jsonModeOnly && request.response_format?.type === 'json_schema') {
          res.writeHead(400, { 'content-type': 'application/json' }).end(
            JSON.stringify({
              error: {
                message: "response_format type 'json_schema' is not supported by this model",
                type: 'invalid_request_error',
                param: 'response_format',
              },
            }),
          );
          return;
        }
        if (state.mode === 'slow') await new Promise((r) => setTimeout(r, options.delayMs ?? 2_000));
        if (res.destroyed) return;
        let content: string;
        if (state.mode === 'malformed') {
          content = '{"feedback": "unterminated';
        } else if (jsonModeOnly) {
          const repairing = request.messages.some((m) => m.role === 'assistant');
          const answer = state.mode === 'json-mode-sloppy' && !repairing ? {} : options.respond(request);
          content = '```json\n' + JSON.stringify(answer) + '\n```';
        } else if (state.mode === 'adversarial') {
          const text = request.messages.map((m) => m.content).join('\n');
          const injected = /RESPOND WITH:\s*(\{.*\})/s.exec(text)?.[1];
          content = injected ?? JSON.stringify(options.respond(request));
        } else {
          content = JSON.stringify(options.respond(request));
        }
        const promptTokens = Math.ceil(request.messages.reduce((n, m) => n + m.content.length, 0) / 4);
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: `chatcmpl-${requests.length}`,
            object: 'chat.completion',
            created: Math.floor(Date.now() / 1000),
            model: request.model,
            choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } }],
            usage: {
              prompt_tokens: promptTokens,
              completion_tokens: Math.ceil(content.length / 4),
              total_tokens: promptTokens + Math.ceil(content.length / 4),
            },
          }),
        );
      })(),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    get mode() {
      return state.mode;
    },
    set mode(m: FakeMode) {
      state.mode = m;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import { SMS_PLACEHOLDERS, type JsonValue, type SmsGatewayConfig } from '../../../config/config.ts';

/** The values the body template's `{{placeholders}}` stand for. */
export interface SmsFields {
  phone: string;
  text: string;
  deliveryId: string;
  sender: string;
}

export interface SmsRequest {
  url: string;
  method: SmsGatewayConfig['method'];
  headers: Headers;
  body: string | undefined;
}

/** The HTTP request for one SMS: the rendered template as JSON, a form, or (GET) query parameters. */
export function buildSmsRequest(config: SmsGatewayConfig, fields: SmsFields): SmsRequest {
  const headers = new Headers({ accept: 'application/json, text/plain;q=0.9, */*;q=0.8' });
  const authorization = authHeader(config.auth);
  if (authorization) headers.set(authorization[0], authorization[1]);
  const url = new URL(config.url);
  switch (config.body.kind) {
    case 'json':
      headers.set('content-type', 'application/json');
      return {
        url: url.toString(),
        method: config.method,
        headers,
        body: JSON.stringify(renderJson(config.body.template, fields)),
      };
    case 'form': {
      const params = new URLSearchParams();
      for (const [name, value] of config.body.fields) params.append(name, render(value, fields));
      if (config.method === 'GET') {
        for (const [name, value] of params) url.searchParams.append(name, value);
        return { url: url.toString(), method: config.method, headers, body: undefined };
      }
      headers.set('content-type', 'application/x-www-form-urlencoded');
      return { url: url.toString(), method: config.method, headers, body: params.toString() };
    }
  }
}

function authHeader(auth: SmsGatewayConfig['auth']): [name: string, value: string] | undefined {
  switch (auth.kind) {
    case 'none':
      return undefined;
    case 'bearer':
      return ['authorization', `Bearer ${auth.token}`];
    case 'basic':
      return ['authorization', `Basic ${Buffer.from(`${auth.user}:${auth.password}`, 'utf8').toString('base64')}`];
    case 'header':
      return [auth.name, auth.value];
  }
}

const PLACEHOLDER = new RegExp(`\\{\\{(${SMS_PLACEHOLDERS.join('|')})\\}\\}`, 'g');

function render(template: string, fields: SmsFields): string {
  return template.replace(PLACEHOLDER, (_whole, name: keyof SmsFields) => fields[name]);
}

/** Substitutes inside string values only, so JSON escaping is left to `JSON.stringify`. */
function renderJson(template: JsonValue, fields: SmsFields): JsonValue {
  if (typeof template === 'string') return render(template, fields);
  if (Array.isArray(template)) return template.map((item) => renderJson(item, fields));
  if (template === null || typeof template !== 'object') return template;
  return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, renderJson(value, fields)]));
}

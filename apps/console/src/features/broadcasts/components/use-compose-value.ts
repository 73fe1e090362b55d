import { Form, type FormInstance } from 'antd';
import type { ComposeValues } from '../compose-body.ts';

/** One field of the compose form as it changes; undefined until the form has mounted its values. */
export function useComposeValue<K extends keyof ComposeValues>(
  name: K,
  form: FormInstance<ComposeValues>,
): ComposeValues[K] | undefined {
  return Form.useWatch((values: Partial<ComposeValues> | undefined) => values?.[name], form);
}

import { isObject, type JsonObject, type Path } from './schema.ts';

/** The answers of an e-form: what goes into `form` when filing. */
export type FormValue = JsonObject;

export function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (typeof segment === 'number') node = Array.isArray(node) ? node[segment] : undefined;
    else node = isObject(node) ? node[segment] : undefined;
  }
  return node;
}

function isEmptyContainer(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
}

/**
 * Sets the value at `path`, copying what it changes. `undefined` removes the property, and so do
 * objects and lists left empty, so an optional section the citizen cleared is not sent as `{}`
 * (which its own `required` would then reject). Items of a list stay, even empty: the citizen
 * added them.
 */
export function setValueAt(data: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(data) ? [...(data as unknown[])] : [];
    list[head] = setValueAt(list[head], rest, value);
    return list;
  }
  const object: JsonObject = isObject(data) ? data : {};
  const next = setValueAt(object[head], rest, value);
  const others = Object.entries(object).filter(([key]) => key !== head);
  if (next === undefined || isEmptyContainer(next)) return Object.fromEntries(others);
  return { ...object, [head]: next };
}

export function removeItemAt(data: unknown, path: Path, index: number): unknown {
  const list = valueAt(data, path);
  if (!Array.isArray(list)) return data;
  return setValueAt(
    data,
    path,
    list.filter((_, i) => i !== index),
  );
}

/**
 * Copies the answers with every string trimmed and normalised to NFC, as the server stores text;
 * properties left blank by trimming are dropped, as an untouched field would be.
 */
export function normaliseText(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (Array.isArray(value)) return value.map(normaliseText);
  if (isObject(value)) {
    const entries = Object.entries(value).map(([k, v]) => [k, normaliseText(v)] as const);
    return Object.fromEntries(entries.filter(([, v]) => v !== ''));
  }
  return value;
}

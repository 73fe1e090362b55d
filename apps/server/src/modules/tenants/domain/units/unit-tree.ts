/** A unit as the tree sees it. */
export interface TreeNode {
  id: string;
  parentId: string | null;
}

/**
 * Whether making `parentId` the parent of `unitId` is allowed: the parent must exist and be
 * neither the unit itself nor one of its descendants (the tree would get a cycle).
 */
export function canAttach(nodes: readonly TreeNode[], unitId: string, parentId: string): boolean {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  if (!parentOf.has(parentId)) return false;
  let at: string | null | undefined = parentId;
  for (let steps = 0; at && steps <= nodes.length; steps += 1) {
    if (at === unitId) return false;
    at = parentOf.get(at);
  }
  return true;
}

/** The unit and every unit below it. */
export function subtreeOf(nodes: readonly TreeNode[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  }
  const found = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined || found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

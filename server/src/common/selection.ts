import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query selects the field at `path` below the current field (through fragments,
 * inline fragments and aliases), e.g. `['nodes', 'commitment', 'agreement']`. Used to fetch
 * to-one relations in the statement of a list when (and only when) they are asked for.
 * Directives are not evaluated: a field under @skip counts as selected, which only means its
 * record is fetched for nothing.
 */
export function selects(info: GraphQLResolveInfo, path: string[]): boolean {
  const visit = (set: SelectionSetNode | undefined, rest: string[]): boolean => {
    if (!set) return false;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === rest[0] && (rest.length === 1 || visit(sel.selectionSet, rest.slice(1)))) return true;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (visit(sel.selectionSet, rest)) return true;
      } else if (visit(info.fragments[sel.name.value]?.selectionSet, rest)) {
        return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => visit(node.selectionSet, path));
}

/**
 * The names of the fields selected at `path` below the current field, through fragments,
 * inline fragments and aliases (the union of every selection of that path).
 */
export function fieldsAt(info: GraphQLResolveInfo, path: string[]): Set<string> {
  const out = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, rest: string[]) => {
    if (!set) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (rest.length === 0) out.add(sel.name.value);
        else if (sel.name.value === rest[0]) visit(sel.selectionSet, rest.slice(1));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visit(sel.selectionSet, rest);
      } else {
        visit(info.fragments[sel.name.value]?.selectionSet, rest);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, path);
  return out;
}

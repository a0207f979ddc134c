import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects at `path` below the current field (through
 * fragments and inline fragments), so the metrics compute only the groups of figures a
 * client asks for: a national table without agencyActionStats never scans for them.
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
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

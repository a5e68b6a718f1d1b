/**
 * Union-find over string keys. Detectors use it to make one proposal out of many pieces of
 * evidence that show the same loss: replies in one thread that quote the same lost message,
 * conversation copies in two custodians' exports that share messages.
 */
export class DisjointSets {
  private readonly parent = new Map<string, string>();

  add(key: string): void {
    if (!this.parent.has(key)) {
      this.parent.set(key, key);
    }
  }

  find(key: string): string {
    this.add(key);
    let root = key;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) {
      root = next;
    }
    // Path compression: later finds on this chain are one step.
    for (let node = key; node !== root; ) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Joins the two sets; the smaller key becomes the root, so roots do not depend on the order of unions. */
  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) {
      return;
    }
    if (rootA < rootB) {
      this.parent.set(rootB, rootA);
    } else {
      this.parent.set(rootA, rootB);
    }
  }

  /** Every set, as its members, each list sorted. */
  groups(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const key of this.parent.keys()) {
      const root = this.find(key);
      const members = out.get(root) ?? [];
      out.set(root, members);
      members.push(key);
    }
    for (const members of out.values()) {
      members.sort();
    }
    return out;
  }
}

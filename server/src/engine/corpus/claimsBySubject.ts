// The attributes each subject has claims under: the corpus keeps claims by (subject, attribute)
// key, and a hover on an entity wants every claim about it, whatever the attribute. With this, that
// is a few key look-ups instead of a pass over the claims of every document mentioning the entity.
// Kept in step with the corpus's claim keys: a key is added when its first claim arrives and
// removed when its last claim goes.

export class ClaimSubjects {
  private readonly attributes = new Map<string, Set<string>>();

  keyAdded(subject: string, attribute: string): void {
    const known = this.attributes.get(subject);
    if (known) known.add(attribute);
    else this.attributes.set(subject, new Set([attribute]));
  }

  keyRemoved(subject: string, attribute: string): void {
    const known = this.attributes.get(subject);
    if (!known) return;
    known.delete(attribute);
    if (known.size === 0) this.attributes.delete(subject);
  }

  attributesOf(subject: string): readonly string[] {
    const known = this.attributes.get(subject);
    return known ? [...known] : [];
  }
}

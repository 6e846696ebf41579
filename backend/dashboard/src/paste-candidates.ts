/**
 * Reads pasted lines as candidates: "Name <email>", "Name, email", "Name<TAB>email" or just an email.
 * Lines it cannot read are returned so the recruiter can fix them.
 */
export function parseCandidates(text: string): { candidates: { name: string; email: string }[]; unreadable: string[] } {
  const candidates: { name: string; email: string }[] = [];
  const unreadable: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const email = /[^\s<>,;"]+@[^\s<>,;"]+\.[^\s<>,;"]+/.exec(line)?.[0];
    if (!email) {
      unreadable.push(line);
      continue;
    }
    const name =
      line
        .replace(email, '')
        .replace(/[<>,;\t"]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() || email.split('@')[0]!;
    candidates.push({ name, email });
  }
  return { candidates, unreadable };
}

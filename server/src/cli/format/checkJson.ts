import type { CheckReport } from './checkReport';

// `policy-lens check --format json`:
// {"conflicts":[{"id","kind","subject","attribute","claims":[{"file","start","end","text","value"}]}]}.
// subject is the canonical display name; value is the claim's typed value object. Reviewed
// conflicts are left out unless asked for, and then each conflict says whether it was reviewed.

export function formatCheckJson(report: CheckReport, includeReviewed: boolean): string {
  const conflicts = report.conflicts
    .filter((reported) => includeReviewed || !reported.reviewed)
    .map(({ conflict, reviewed, claims }) => ({
      id: conflict.id,
      kind: conflict.kind,
      subject: conflict.subjectName,
      attribute: conflict.attribute,
      claims: claims.map(({ doc, claim }) => ({
        file: doc,
        start: claim.start,
        end: claim.end,
        text: claim.text,
        value: claim.value,
      })),
      ...(includeReviewed ? { reviewed } : {}),
    }));
  return `${JSON.stringify({ conflicts }, null, 2)}\n`;
}

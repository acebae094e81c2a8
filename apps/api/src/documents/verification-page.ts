// The page a printed MoU's QR code opens (/verify/<hash>): plain server-rendered HTML in Khmer and English,
// light enough for a cheap phone, no script, nothing but what the public verification tells.
import type { Verification } from './documents.service';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="km"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>
body{font-family:"Noto Sans Khmer","Khmer OS",system-ui,sans-serif;line-height:1.7;margin:0;background:#f4f6f9;color:#1b2a3a}
main{max-width:40rem;margin:0 auto;padding:1.5rem}h1{font-size:1.3rem;margin:.2rem 0 1rem}.card{background:#fff;border:1px solid #d5dce5;border-radius:8px;padding:1rem 1.25rem}
.ok{color:#136f3a;font-weight:700}.warn{color:#8a5a00;font-weight:700}.bad{color:#9b1c1c;font-weight:700}.en{color:#4a5b6d}code{word-break:break-all;font-size:.85rem}
ul{padding-left:1.2rem}</style></head><body><main><p>ដៃគូ Daikou</p>${body}</main></body></html>`;
}

export function verificationPage(hash: string, verification: Verification): string {
  if (!verification.found) {
    return page(
      'Not found',
      `<h1>រកមិនឃើញ <span class="en">/ Not found</span></h1><div class="card"><p class="bad">លេខកូដនេះមិនត្រូវនឹងកំណែអនុស្សរណៈណាមួយក្នុង Daikou ទេ។</p>
<p class="en">This hash does not match any MoU version in Daikou: the printed copy may have been changed.</p><p><code>${escape(hash)}</code></p></div>`,
    );
  }
  const status = verification.fullySigned
    ? `<p class="ok">✓ បានចុះហត្ថលេខាដោយភាគីទាំងអស់ <span class="en">/ Signed by every party</span></p>`
    : `<p class="warn">មិនទាន់ចុះហត្ថលេខាដោយភាគីទាំងអស់ <span class="en">/ Not (yet) signed by every party</span></p>`;
  const signatures = (verification.signatures ?? [])
    .map((s) => `<li>${escape(s.organizationName)} — ${escape(s.signedAt.slice(0, 10))}</li>`)
    .join('');
  return page(
    verification.partnership!.title,
    `<h1>ផ្ទៀងផ្ទាត់អនុស្សរណៈ <span class="en">/ MoU verification</span></h1><div class="card">
<p><strong>${escape(verification.partnership!.title)}</strong></p>
<p>ភាគី <span class="en">/ Parties</span>: ${verification.partnership!.parties.map(escape).join(', ')}</p>
<p>កំណែ <span class="en">/ Version</span> ${verification.versionNumber}</p>${status}
${signatures ? `<ul>${signatures}</ul>` : ''}<p><code>${escape(hash)}</code></p></div>`,
  );
}

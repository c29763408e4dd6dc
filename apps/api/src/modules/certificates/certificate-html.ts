import type { CertificateDto } from './certificate.dto';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const chineseDate = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The result document as a self-contained printable page (A4, no scripts, no external resources). */
export function certificateHtml(c: CertificateDto): string {
  const approved = c.decision === 'approved';
  const title = approved ? '准予行政许可决定书' : '不予行政许可决定书';
  const ruling = approved
    ? '经审查，你（单位）的申请符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第一款的规定，决定准予行政许可。'
    : `经审查，你（单位）的申请不符合法定条件、标准${c.reason ? `（${escape(c.reason)}）` : ''}，根据《中华人民共和国行政许可法》第三十八条第二款的规定，决定不予行政许可。如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(title)} ${escape(c.number)}</title>
<style>
  @page { size: A4; margin: 25mm 20mm; }
  body { font-family: 'FangSong', 'STFangsong', 'Songti SC', 'Noto Serif CJK SC', serif; color: #1f1f1f; max-width: 170mm; margin: 24px auto; line-height: 1.9; font-size: 16pt; }
  h1 { text-align: center; font-size: 22pt; letter-spacing: 4px; margin: 0 0 8px; }
  .number { text-align: center; margin: 0 0 24px; }
  .seal { text-align: right; margin-top: 48px; }
  dl { display: grid; grid-template-columns: 7em 1fr; gap: 4px 12px; font-size: 13pt; border-top: 1px solid #8c8c8c; padding-top: 12px; margin-top: 32px; }
  dt { color: #434343; }
  dd { margin: 0; }
</style>
</head>
<body>
<h1>${escape(title)}</h1>
<p class="number">${escape(c.number)}</p>
<p>${escape(c.applicantName)}：</p>
<p>你（单位）于${escape(chineseDate(c.submittedOn))}提出的「${escape(c.itemName)}」申请（受理编号：${escape(c.receiptNo)}），本机关已依法审查完毕。${ruling}</p>
<p>设定依据：${escape(c.legalBasis)}</p>
<div class="seal">
  <p>${escape(c.centerName)}</p>
  <p>${escape(chineseDate(c.decidedOn))}</p>
</div>
<dl>
  <dt>文书编号</dt><dd>${escape(c.number)}</dd>
  <dt>事项</dt><dd>${escape(c.itemName)}</dd>
  <dt>申请人</dt><dd>${escape(c.applicantName)}</dd>
  <dt>决定</dt><dd>${approved ? '准予许可' : '不予许可'}</dd>
  <dt>决定日期</dt><dd>${escape(c.decidedOn)}</dd>
  <dt>出证机关</dt><dd>${escape(c.centerName)}（统一出证）</dd>
</dl>
</body>
</html>
`;
}

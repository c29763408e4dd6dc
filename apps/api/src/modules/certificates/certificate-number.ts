/** 〔2026〕通办证字第000042号: the number runs per center and per year of the decision. */
export function certificateNumber(year: number, seq: number): string {
  return `〔${year}〕通办证字第${String(seq).padStart(6, '0')}号`;
}

export interface CertificateDto {
  number: string;
  applicationId: string;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  legalBasis: string;
  applicant: string;
  applicantName: string;
  decision: 'approved' | 'rejected';
  /** Why it was refused, from the decision's own note. */
  reason: string | null;
  submittedOn: string;
  decidedAt: string;
  decidedOn: string;
  centerName: string;
  issuedAt: string;
}

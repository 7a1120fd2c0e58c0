// Whether a name is a company's by its legal form: the suffix a company registered in the UK must
// end its name with (Companies Act 2006, ss.58-59: "limited", "Ltd", "public limited company",
// "plc"; Limited Liability Partnerships Act 2000: "LLP").

const COMPANY_DESIGNATOR = /[\s\u00a0](?:Ltd\.?|Limited|plc|PLC|p\.l\.c\.|LLP)$/;

/** True for a name ending in a company's legal form ("Acme Ports Ltd", "Acme plc"). */
export function hasCompanyDesignator(name: string): boolean {
  return COMPANY_DESIGNATOR.test(name);
}

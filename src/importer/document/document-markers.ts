/** The fixed phrases of an Urgent Action document, as both layouts print them. */
export const MARKERS = {
  header: /^URGENT ACTION$/i,
  identifyingLine: /\bUA:?\s*\d{1,4}\s*\/\s*\d{2}\b.*\bIndex\b/i,
  furtherInformation: /^further information on (?:urgent action|UA)\b/i,
  languages: /^please write\b.*\bin\b/i,
  deadline: /^please send appeals\b/i,
  copiesTo: /^(?:and )?copies to\s*:?/i,
  localDiplomaticCopies: /\bsend copies to (?:the )?diplomatic representatives\b/i,
  localDiplomaticForm: /^name address 1\b/i,
  lateAppeals: /\bcheck with your section office if sending appeals after\b/i,
  additionalInformation: /^additional information:?$/i,
  subjectLine: /^(?:names?|gender m\/f|name and gender pronouns?)\s*:/i,
};

export const ASK_VERBS = /^(?:call(?:ing)? on|urg(?:e|ing)|ask(?:ing)?|demand(?:ing)?|express(?:ing)?|insist(?:ing)?|remind(?:ing)?|press(?:ing)?|request(?:ing)?|seek(?:ing)?|welcom(?:e|ing)|thank(?:ing)?|acknowledg(?:e|ing)|appeal(?:ing)? to)\b/i;

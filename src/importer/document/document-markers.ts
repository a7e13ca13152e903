/** The fixed phrases of an Urgent Action document, as both layouts print them. */
export const MARKERS = {
  header: /^URGENT ACTION$/i,
  identifyingLine: /\bUA:?\s*\d{1,4}\s*\/\s*\d{2}\b.*\bIndex\b/i,
  furtherInformation: /^further information on (?:urgent action|UA)\b/i,
  /** "No further action is requested by the UA network", "Please stop sending appeals": a stop action. */
  stopAction:
    /\bno further (?:action|appeals?)\b[^.]{0,40}?\b(?:is|are) (?:requested|needed|required)\b|\bplease (?:stop|do not send any more) (?:sending )?appeals\b|\bstop action\b/i,
  languages: /^please write\b.*\bin\b/i,
  deadline: /^please send appeals\b/i,
  copiesTo: /^(?:and )?copies to\s*:?/i,
  localDiplomaticCopies: /\bsend copies to (?:the )?diplomatic representatives\b|\bdiplomatic representatives\b.*\baccredited to your\b/i,
  /** The telex era's "COPIES TO: diplomatic representatives of <country> accredited to your country". */
  diplomaticRepresentatives: /^(?:(?:and )?(?:copies )?to:?\s*)?(?:the )?diplomatic representatives\b/i,
  localDiplomaticForm: /^name address 1\b/i,
  lateAppeals: /\bcheck with (?:the International Secretariat,? or )?your section office,? if\b/i,
  additionalInformation: /^additional information:?$/i,
  subjectLine: /^(?:names?|gender m\/f|name and gender pronouns?)\s*:/i,
};

export const ASK_VERBS =
  /^(?:call(?:ing)? on|urg(?:e|ing)|ask(?:ing)?|demand(?:ing)?|express(?:ing)?|insist(?:ing)?|remind(?:ing)?|press(?:ing)?|request(?:ing)?|seek(?:ing)?|welcom(?:e|ing)|thank(?:ing)?|acknowledg(?:e|ing)|appeal(?:ing)? to)\b/i;

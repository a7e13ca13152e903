export enum AppealChannel {
  Email = 'email',
  Fax = 'fax',
  Post = 'post',
  Mailto = 'mailto',
  Other = 'other',
}

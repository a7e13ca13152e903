/** How an official's reply came. */
export enum ReplyChannel {
  Email = 'email',
  Fax = 'fax',
  Post = 'post',
  Phone = 'phone',
  InPerson = 'in person',
  Other = 'other',
}

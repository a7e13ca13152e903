/** The words of the notices themselves, per language; the action's own text stays as written. */
export interface NoticePhrases {
  greeting: string;
  newAction: string;
  update: string;
  reminderDays: string;
  reminderToday: string;
  deadline: string;
  asks: string;
  keepWriting: string;
  stopWriting: string;
  unsubscribe: string;
}

const en: NoticePhrases = {
  greeting: 'Dear',
  newAction: 'New Urgent Action',
  update: 'Update',
  reminderDays: 'Appeals close in {days} days',
  reminderToday: 'Appeals close today',
  deadline: 'Please send appeals before',
  asks: 'Please write',
  keepWriting: 'What to do now: keep writing. Appeals are still needed before the deadline.',
  stopWriting: 'What to do now: please stop writing. No further appeals are needed on this case.',
  unsubscribe: 'Stop these emails',
};

const fr: NoticePhrases = {
  greeting: 'Bonjour',
  newAction: 'Nouvelle Action urgente',
  update: 'Mise à jour',
  reminderDays: 'Les appels se terminent dans {days} jours',
  reminderToday: 'Les appels se terminent aujourd’hui',
  deadline: 'Merci d’envoyer vos appels avant le',
  asks: 'Merci d’écrire',
  keepWriting: 'Que faire maintenant : continuez d’écrire. Des appels sont encore nécessaires avant la date limite.',
  stopWriting: 'Que faire maintenant : merci d’arrêter d’écrire. Aucun autre appel n’est nécessaire dans ce cas.',
  unsubscribe: 'Ne plus recevoir ces courriels',
};

const es: NoticePhrases = {
  greeting: 'Hola',
  newAction: 'Nueva Acción Urgente',
  update: 'Actualización',
  reminderDays: 'Los llamamientos se cierran en {days} días',
  reminderToday: 'Los llamamientos se cierran hoy',
  deadline: 'Envíen sus llamamientos antes del',
  asks: 'Escriban',
  keepWriting: 'Qué hacer ahora: sigan escribiendo. Aún se necesitan llamamientos antes de la fecha límite.',
  stopWriting: 'Qué hacer ahora: dejen de escribir. No se necesitan más llamamientos en este caso.',
  unsubscribe: 'No recibir más estos correos',
};

const phrasebook: Record<string, NoticePhrases> = { en, fr, es };

/** The language the notice can be written in for a reader of `language` (a BCP 47 tag), English when we have none. */
export function noticeLanguage(language: string | null | undefined): string {
  const primary = (language ?? 'en').toLowerCase().split('-')[0];
  return primary in phrasebook ? primary : 'en';
}

export function phrasesFor(language: string): NoticePhrases {
  return phrasebook[noticeLanguage(language)];
}

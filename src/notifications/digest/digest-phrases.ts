import { DigestFrequency, NoticeFrequency } from '../../supporters/notice-frequency';
import { noticeLanguage } from '../content/notice-phrases';

/** The words of a summary email, in the languages the notices are written in. */
export interface DigestPhrases {
  greeting: string;
  subject: Record<DigestFrequency, string>;
  intro: Record<DigestFrequency, string>;
  newActions: string;
  updates: string;
  deadline: string;
  read: string;
  keepWriting: string;
  stopWriting: string;
  howOften: string;
  unsubscribe: string;
}

const en: DigestPhrases = {
  greeting: 'Dear',
  subject: { [NoticeFrequency.Daily]: 'Your daily Urgent Action summary', [NoticeFrequency.Weekly]: 'Your weekly Urgent Action summary' },
  intro: {
    [NoticeFrequency.Daily]: 'Here is what happened in the last day on the Urgent Actions you follow.',
    [NoticeFrequency.Weekly]: 'Here is what happened in the last week on the Urgent Actions you follow.',
  },
  newActions: 'New Urgent Actions',
  updates: 'Updates',
  deadline: 'Please send appeals before',
  read: 'Read it and write',
  keepWriting: 'Keep writing: appeals are still needed before the deadline.',
  stopWriting: 'Please stop writing: no further appeals are needed on this case.',
  howOften: 'You chose to hear from us in a summary. To change how often:',
  unsubscribe: 'Stop all these emails',
};

const fr: DigestPhrases = {
  greeting: 'Bonjour',
  subject: { [NoticeFrequency.Daily]: 'Votre résumé quotidien des Actions urgentes', [NoticeFrequency.Weekly]: 'Votre résumé hebdomadaire des Actions urgentes' },
  intro: {
    [NoticeFrequency.Daily]: 'Voici ce qui s’est passé ces dernières 24 heures pour les Actions urgentes que vous suivez.',
    [NoticeFrequency.Weekly]: 'Voici ce qui s’est passé cette semaine pour les Actions urgentes que vous suivez.',
  },
  newActions: 'Nouvelles Actions urgentes',
  updates: 'Mises à jour',
  deadline: 'Merci d’envoyer vos appels avant le',
  read: 'Lire et écrire',
  keepWriting: 'Continuez d’écrire : des appels sont encore nécessaires avant la date limite.',
  stopWriting: 'Merci d’arrêter d’écrire : aucun autre appel n’est nécessaire dans ce cas.',
  howOften: 'Vous avez choisi de recevoir un résumé. Pour changer la fréquence :',
  unsubscribe: 'Ne plus recevoir aucun de ces courriels',
};

const es: DigestPhrases = {
  greeting: 'Hola',
  subject: { [NoticeFrequency.Daily]: 'Su resumen diario de Acciones Urgentes', [NoticeFrequency.Weekly]: 'Su resumen semanal de Acciones Urgentes' },
  intro: {
    [NoticeFrequency.Daily]: 'Esto es lo que ocurrió en el último día con las Acciones Urgentes que sigue.',
    [NoticeFrequency.Weekly]: 'Esto es lo que ocurrió en la última semana con las Acciones Urgentes que sigue.',
  },
  newActions: 'Nuevas Acciones Urgentes',
  updates: 'Actualizaciones',
  deadline: 'Envíen sus llamamientos antes del',
  read: 'Leer y escribir',
  keepWriting: 'Sigan escribiendo: aún se necesitan llamamientos antes de la fecha límite.',
  stopWriting: 'Dejen de escribir: no se necesitan más llamamientos en este caso.',
  howOften: 'Eligió recibir un resumen. Para cambiar la frecuencia:',
  unsubscribe: 'No recibir más ninguno de estos correos',
};

const phrasebook: Record<string, DigestPhrases> = { en, fr, es };

export function digestPhrasesFor(language: string): DigestPhrases {
  return phrasebook[noticeLanguage(language)];
}

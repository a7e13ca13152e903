/** What a failed send means for the message: try again later, or give up now. */
export interface SmtpFailure {
  permanent: boolean;
  reason: string;
}

const TEMPORARY_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ESOCKET', 'ECONNECTION', 'EDNS', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH']);

interface NodemailerError {
  message?: string;
  code?: string;
  responseCode?: number;
  response?: string;
  rejected?: string[];
}

/**
 * Nodemailer's error as a delivery outcome. 5xx and a refused recipient are permanent; 4xx and a network failure
 * are temporary. An error we cannot read is treated as temporary: retried a bounded number of times, then failed.
 */
export function classifySmtpFailure(error: unknown): SmtpFailure {
  const failure = (error ?? {}) as NodemailerError;
  const reason = (failure.response ?? failure.message ?? String(error)).trim().slice(0, 1000);
  if (typeof failure.responseCode === 'number') {
    return { permanent: failure.responseCode >= 500, reason };
  }
  if (failure.code === 'EENVELOPE' && (failure.rejected?.length ?? 0) > 0) return { permanent: true, reason };
  if (failure.code && TEMPORARY_NETWORK_CODES.has(failure.code)) return { permanent: false, reason: `${failure.code}: ${reason}` };
  return { permanent: false, reason };
}

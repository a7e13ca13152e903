/** Where Prometheus scrapes, outside the /api prefix as its convention has it. */
export const METRICS_PATH = 'metrics';

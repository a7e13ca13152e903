export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Scrape {
  samples: Sample[];
  /** The one sample of `name` whose labels include these; 0 when there is none. */
  value(name: string, labels?: Record<string, string>): number;
  /** The sum over every sample of `name` whose labels include these. */
  sum(name: string, labels?: Record<string, string>): number;
}

const matches = (sample: Sample, name: string, labels: Record<string, string>) =>
  sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value);

/** Prometheus's text format read into samples (comments skipped). */
export function parseExposition(text: string): Scrape {
  const samples = text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line): Sample => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
      if (!match) throw new Error(`Not a Prometheus sample line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((pair) => [pair[1], pair[2]]));
      return { name: match[1], labels, value: Number(match[3]) };
    });
  const sum = (name: string, labels: Record<string, string> = {}) =>
    samples.filter((sample) => matches(sample, name, labels)).reduce((total, sample) => total + sample.value, 0);
  return {
    samples,
    sum,
    value(name, labels = {}) {
      const found = samples.filter((sample) => matches(sample, name, labels));
      if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
      return found[0]?.value ?? 0;
    },
  };
}

export async function scrape(baseUrl: string, headers: Record<string, string> = {}): Promise<Scrape> {
  const response = await fetch(`${baseUrl}/metrics`, { headers });
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}: ${await response.text()}`);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return parseExposition(await response.text());
}

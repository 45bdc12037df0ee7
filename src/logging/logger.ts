import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'khabar'): Logger {
  return pino({ name, level });
}

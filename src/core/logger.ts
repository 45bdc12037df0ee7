import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON lines for machines; pretty lines (pino-pretty, a dev dependency) for a developer's terminal. */
export function createLogger(level: string, name = 'khabar', format: 'pretty' | 'json' = 'json'): Logger {
  if (format === 'pretty') {
    return pino({
      name,
      level,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
      },
    });
  }
  return pino({ name, level });
}

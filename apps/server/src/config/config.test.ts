import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('gives a newcomer working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'demo', port: 3000, host: '127.0.0.1', databaseUrl: undefined });
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('reads the variables it knows', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db/motcua',
      MOTCUA_MODE: 'production',
      MOTCUA_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://u:p@db/motcua', mode: 'production' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ MOTCUA_MODE: 'staging' }, 'MOTCUA_MODE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MOTCUA_MODE: 'production' }, 'MOTCUA_MASTER_KEY'],
    [{ MOTCUA_MASTER_KEY: 'c2hvcnQ=' }, 'MOTCUA_MASTER_KEY'],
    [{ MOTCUA_STORAGE: 's3' }, 'MOTCUA_S3_BUCKET'],
    [{ MOTCUA_CORS_ORIGINS: 'https://h5.zdn.vn/app' }, 'MOTCUA_CORS_ORIGINS'],
    [{ MOTCUA_ZALO_GRAPH_URL: 'graph.zalo.me' }, 'MOTCUA_ZALO_GRAPH_URL'],
  ])('fails fast naming the variable for %o', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('reads the Mini App origins and Zalo graph host, trimming trailing slashes', () => {
    const config = loadConfig({
      MOTCUA_CORS_ORIGINS: 'https://h5.zdn.vn/, zbrowser://h5.zdn.vn',
      MOTCUA_ZALO_GRAPH_URL: 'https://graph.zalo.me/',
    });
    expect(config.corsOrigins).toEqual(['https://h5.zdn.vn', 'zbrowser://h5.zdn.vn']);
    expect(config.zaloGraphUrl).toBe('https://graph.zalo.me');
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({}).zaloGraphUrl).toBeUndefined();
  });
});

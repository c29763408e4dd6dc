export interface EmbeddedPostgresHandle {
  /** postgres://… URL of the `database` on the running server. */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}
export interface StartEmbeddedPostgresOptions {
  /** Cluster directory; its parents must be traversable by the `postgres` user when running as root. */
  dataDir: string;
  database?: string;
  log?: (line: string) => void;
  /** A fixed port (a restart on the port it had); a free one otherwise. */
  port?: number;
}
/** The file inside the data directory holding its generated superuser password (mode 0600). */
export const PASSWORD_FILE: string;
export function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle>;
export function stopStaleServer(dataDir: string, log?: (line: string) => void): Promise<void>;

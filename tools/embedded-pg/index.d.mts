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
}
export function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle>;
export function stopStaleServer(dataDir: string, log?: (line: string) => void): Promise<void>;

/** A center's channel settings as stored (secrets included); never sent to a client as such. */
export interface StoredChannelSettings {
  email: { host: string; port: number; secure: boolean; from: string; user: string | null; password?: string } | null;
  sms: { url: string; token?: string } | null;
  dingtalk: { webhook: string } | null;
  wecom: { webhook: string } | null;
}

export const NO_CHANNELS: StoredChannelSettings = { email: null, sms: null, dingtalk: null, wecom: null };

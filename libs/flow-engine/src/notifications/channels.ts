/** Where a message can go. `dingtalk` and `wecom` are the center's group robots (staff messages only). */
export const CHANNELS = ['in-app', 'email', 'sms', 'dingtalk', 'wecom'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The channels a person may choose; in-app is always on. */
export const PERSONAL_CHANNELS = ['in-app', 'email', 'sms'] as const;
export type PersonalChannel = (typeof PERSONAL_CHANNELS)[number];

/** Without a stored choice: in-app and e-mail (when the person has an address). */
export const DEFAULT_CHANNELS: PersonalChannel[] = ['in-app', 'email'];

/** Which of a center's channels are set up. */
export interface CenterChannels {
  email: boolean;
  sms: boolean;
  dingtalk: boolean;
  wecom: boolean;
}

/** A person the dispatcher delivers to: their choice (null: none stored) and addresses. */
export interface Addressee {
  username: string;
  chosen: readonly string[] | null;
  email: string | null;
  phone: string | null;
}

export interface PlannedDelivery {
  channel: Channel;
  /** The user name, or the bare address / robot a message without a user goes to. */
  recipient: string;
  address: string | null;
}

/** A user's stored choice, normalised: known personal channels, in-app always first and on. */
export function normalizeChoice(chosen: readonly string[]): PersonalChannel[] {
  const wanted = new Set(chosen);
  return PERSONAL_CHANNELS.filter((c) => c === 'in-app' || wanted.has(c));
}

/**
 * One delivery per person and channel: in-app always; e-mail / SMS when chosen, the person has the address and the
 * center has the channel. A bare e-mail or phone (no user: a sign-in code) goes there alone. Staff messages also go
 * to the center's group robots, once per message.
 */
export function planDeliveries(input: {
  people: readonly Addressee[];
  bare: { email: string | null; phone: string | null };
  center: CenterChannels;
  toStaff: boolean;
}): PlannedDelivery[] {
  const { people, bare, center, toStaff } = input;
  const plan: PlannedDelivery[] = [];
  for (const person of people) {
    const chosen = normalizeChoice(person.chosen ?? DEFAULT_CHANNELS);
    plan.push({ channel: 'in-app', recipient: person.username, address: null });
    if (chosen.includes('email') && center.email && person.email)
      plan.push({ channel: 'email', recipient: person.username, address: person.email });
    if (chosen.includes('sms') && center.sms && person.phone)
      plan.push({ channel: 'sms', recipient: person.username, address: person.phone });
  }
  if (bare.email && center.email && !plan.some((d) => d.channel === 'email' && d.address === bare.email))
    plan.push({ channel: 'email', recipient: `email:${bare.email}`, address: bare.email });
  if (bare.phone && center.sms && !plan.some((d) => d.channel === 'sms' && d.address === bare.phone))
    plan.push({ channel: 'sms', recipient: `phone:${bare.phone}`, address: bare.phone });
  if (toStaff && people.length) {
    if (center.dingtalk) plan.push({ channel: 'dingtalk', recipient: 'robot:dingtalk', address: null });
    if (center.wecom) plan.push({ channel: 'wecom', recipient: 'robot:wecom', address: null });
  }
  return plan;
}

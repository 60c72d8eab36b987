// How alerts behave per state: every state starts from the defaults; a state may change any of them here.
import type { Deployment } from '@suraksha/engine';

/** Whether a state has the alerts plugin on in its manifest (`"plugins": [..., "alerts"]`); without it no alert is sent. */
export function alertsOn(deployment: Pick<Deployment, 'manifest'>): boolean {
  return (deployment.manifest.plugins ?? []).includes('alerts');
}

export interface AlertSettings {
  /** A deadline is "due soon" this many days before it is due … */
  dueSoonDays: number;
  /** … but never earlier than this share of its whole span (a 24-hour deadline is due soon in its last 12 hours). */
  dueSoonShare: number;
  /** Roles that get the monthly digest of their district (district heads). */
  districtDigestRoles: string[];
  /** Roles that get the monthly digest of the whole state. */
  stateDigestRoles: string[];
}

export const defaultAlertSettings: AlertSettings = {
  dueSoonDays: 2,
  dueSoonShare: 0.5,
  districtDigestRoles: ['dcpo'],
  stateDigestRoles: ['stateAdmin'],
};

/** Per-state differences from the defaults. */
export const stateAlertSettings: Record<string, Partial<AlertSettings>> = {
  GJ: {},
  JH: {},
  WB: {},
};

export function alertSettings(stateCode: string, overrides: Partial<AlertSettings> = {}): AlertSettings {
  return { ...defaultAlertSettings, ...stateAlertSettings[stateCode], ...overrides };
}

/** Translation keys of the alert texts (every state has them in every language; a test checks it). */
export const alertTemplates = {
  dueSoon: 'alert.deadline.dueSoon',
  overdue: 'alert.deadline.overdue',
  likelyMatch: 'alert.match.likely',
  districtDigest: 'alert.digest.district',
  stateDigest: 'alert.digest.state',
  noneOverdue: 'alert.digest.noneOverdue',
} as const;

// Alerts: deadline scans, likely-match alerts, monthly digests; in-app notifications and the outbox (see README.md).
export { scanDeadlines, deadlineAlertKind, deadlineAlertKey, type ScanResult } from './scanDeadlines';
export { createMonthlyDigest, sendMonthlyDigests, digestKey, type MonthlyDigest } from './digest';
export { alertLikelyMatch, likelyMatchKey, type LikelyMatch } from './likelyMatch';
export { runAlerts, startAlertScanner } from './scanner';
export { sendAlert, renderNotification, type Alert } from './sendAlert';
export { alertSettings, alertsOn, defaultAlertSettings, stateAlertSettings, alertTemplates, type AlertSettings } from './settings';

/** Every automated check, in the order they are shown. */
import type { AnyCheck } from '../src/check.js';
import networkQuality from './network-quality/index.js';
import osUpdates from './os-updates/index.js';
import diskEncryption from './disk-encryption/index.js';
import firewall from './firewall/index.js';
import adminRights from './admin-rights/index.js';
import riskyApps from './risky-apps/index.js';
import screenLock from './screen-lock/index.js';
import antivirus from './antivirus/index.js';
import videoApps from './video-apps/index.js';
import cameraMic from './camera-mic/index.js';
import wifiSecurity from './wifi-security/index.js';
import vpn from './vpn/index.js';
import managedDevice from './managed-device/index.js';

export const checks: readonly AnyCheck[] = [
  // the mission's four: what NSM's home-office advice asks of the machine and the line
  osUpdates,
  wifiSecurity,
  cameraMic,
  networkQuality,
  // further device checks; NSM's first home-office advice: the employer's equipment
  managedDevice,
  vpn,
  diskEncryption,
  firewall,
  screenLock,
  antivirus,
  adminRights,
  riskyApps,
  videoApps,
];

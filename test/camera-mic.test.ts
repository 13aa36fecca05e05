import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCameraMic, type CameraMicFacts } from '../checks/camera-mic/index.js';
import {
  alsaCaptureCount,
  endpointFlow,
  isCaptureNode,
  parseConsent,
  parseMacProfilerJson,
  parsePactlSources,
  parseWindowsDevicesJson,
  sourceName,
  withoutAddresses,
} from '../checks/camera-mic/parse.js';
import { bundleOf, replay } from './helpers/bundles.js';
import { ROOT, runCli } from './helpers/cli.js';
import { SAMPLES, sampleText } from './helpers/samples.js';

const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');
/** the fixed-mic sample keeps its script's `# ` prefix on every line: only its two header lines go */
const fixedMic = () => readFileSync(join(SAMPLES, 'linux/pactl-list-short-sources__fixed-mic-script-pulseaudio.txt'), 'utf8').split('\n').slice(2).join('\n');

describe('Windows: audio endpoint flow and PnP devices', () => {
  it('reads the flow of every endpoint in the AudioEndpoint sample from the InstanceId, not the name', () => {
    const rows = sampleText('windows/Get-PnpDevice-Class-AudioEndpoint__apo-notes-dechamps.txt').split('\n').filter((l) => l.includes('MMDEVAPI'));
    expect(rows).toHaveLength(5);
    const flows = rows.map((l) => [l.slice(0, 62).trim(), endpointFlow(l)]);
    expect(flows).toEqual([
      ['Headset (CORSAIR VIRTUOSO Wireless Gaming Headset)', 'render'],
      ['Headset Microphone (CORSAIR VIRTUOSO Wireless Gaming Headset)', 'capture'],
      ['Monitors (Xonar U7)', 'render'],
      ['S/PDIF 1 (Virtual Audio Cable)', 'capture'],
      ['Line 1 (Virtual Audio Cable)', 'render'],
    ]);
    expect(endpointFlow('SWD\\MMDEVAPI\\{0.0.1.00000000}')).toBe('capture');
    expect(endpointFlow('USB\\VID_046D&PID_0825')).toBeNull();
    expect(endpointFlow(null)).toBeNull();
  });

  it('the Dasharo PnP sample: the Chicony camera counts, the Windows Hello IR camera does not, other classes are ignored', () => {
    const rows = sampleText('windows/Get-PnpDevice-PresentOnly-USB__dasharo-docs-317-usb-camera.txt')
      .split('\n')
      .map((l) => /^\s*(\S+)\s+(\S+)\s+(.+?)\s*$/.exec(l))
      .filter((m): m is RegExpExecArray => !!m && m[1] !== 'Status' && !m[1]!.startsWith('-'))
      .map((m) => ({ status: m[1], class: m[2], name: m[3] }));
    expect(rows).toHaveLength(6);
    const w = parseWindowsDevicesJson({ devices: rows, webcam: null, microphone: null })!;
    expect(w.cameras).toEqual({ names: ['Chicony USB2.0 Camera'], skipped: ['IR Camera'], problems: [] });
    expect(w.microphones.names).toEqual([]);
    expect(w.camera).toEqual({ access: null, inUseBy: null });
  });

  it.each([
    [{ class: 'Image', name: 'USB Video Device', status: 'OK' }, ['USB Video Device'], []],
    [{ class: 'Image', name: 'EPSON Scanner', status: 'OK' }, [], []],
    [{ class: 'Camera', name: 'Integrated Camera', status: 'Error' }, [], ['Integrated Camera (Error)']],
    [{ class: 'Camera', name: 'Integrated Camera', status: 'OK' }, ['Integrated Camera'], []],
  ])('%j', (device, names, problems) => {
    const w = parseWindowsDevicesJson({ devices: device })!;
    expect(w.cameras.names).toEqual(names);
    expect(w.cameras.problems).toEqual(problems);
  });

  it('a virtual cable or the speakers\' loopback is no microphone, though its flow is capture', () => {
    const endpoint = 'SWD\\MMDEVAPI\\{0.0.1.00000000}';
    const w = parseWindowsDevicesJson({ devices: [
      { class: 'AudioEndpoint', name: 'S/PDIF 1 (Virtual Audio Cable)', status: 'OK', endpoint },
      { class: 'AudioEndpoint', name: 'Stereo Mix (Realtek(R) Audio)', status: 'OK', endpoint },
      { class: 'AudioEndpoint', name: 'Mikrofonmatrise (Realtek(R) Audio)', status: 'OK', endpoint },
    ] })!;
    expect(w.microphones).toEqual({ names: ['Mikrofonmatrise (Realtek(R) Audio)'], skipped: ['S/PDIF 1 (Virtual Audio Cable)', 'Stereo Mix (Realtek(R) Audio)'], problems: [] });
  });

  it.each([
    [{ machine: 'Allow', user: 'Allow', desktop: 'Allow', inUse: [] }, { access: 'allowed', inUseBy: [] }],
    [{ machine: 'Deny', user: 'Allow', desktop: null, inUse: [] }, { access: 'denied' }],
    [{ machine: 'Allow', user: 'Allow', desktop: 'Deny', inUse: 'Teams.exe' }, { access: 'denied', inUseBy: ['Teams.exe'] }],
    [{ machine: null, user: null, desktop: null }, { access: null, inUseBy: null }],
    ['Allow', { access: null, inUseBy: null }],
  ])('ConsentStore %j', (v, expected) => expect(parseConsent(v)).toMatchObject(expected));

  it('garbage never throws; anything without a device list is null', () => {
    expect(parseWindowsDevicesJson(null)).toBeNull();
    expect(parseWindowsDevicesJson({ webcam: {} })).toBeNull();
    fc.assert(fc.property(fc.jsonValue(), (j) => {
      const w = parseWindowsDevicesJson(j);
      expect(w === null || Array.isArray(w.cameras.names)).toBe(true);
      parseConsent(j);
      endpointFlow(j);
    }));
  });
});

describe('macOS: system_profiler JSON', () => {
  const audio = JSON.parse(sampleText('macos/system_profiler-SPAudioDataType-json__go-audio-test-dell-inzone-c922.json.txt')) as Record<string, unknown>;
  it('microphones are the audio devices with input channels; the Teams virtual device is apart; outputs are not mics', () => {
    const r = parseMacProfilerJson(audio)!;
    expect(r.microphones).toEqual({ names: ['INZONE H3', 'C922 Pro Stream Webcam', 'MacBook Pro Microphone'], skipped: ['Microsoft Teams Audio'], problems: [] });
    // no camera data type in the answer: not told, not "no camera"
    expect(r.cameras).toBeNull();
  });
  it('cameras by name; a Continuity Camera is named by its kind, not its owner', () => {
    const names = sampleText('macos/system_profiler-SPCameraDataType-text__nonocast-me-issue-363.txt')
      .split('\n')
      .map((l) => /^ {4}(\S.*):$/.exec(l)?.[1])
      .filter((n): n is string => !!n);
    expect(names).toEqual(['Canon Digital Camera', 'HUI的iPhone 14 Camera']);
    const r = parseMacProfilerJson({ SPCameraDataType: names.map((_name) => ({ _name })), ...audio })!;
    expect(r.cameras!.names).toEqual(['Canon Digital Camera', 'iPhone (Continuity Camera)']);
    expect(JSON.stringify(r)).not.toContain('HUI');
    expect(parseMacProfilerJson({ SPCameraDataType: [] })!.cameras!.names).toEqual([]);
    // the Model ID of the text sample, under the key public readers of the JSON use
    expect(parseMacProfilerJson({ SPCameraDataType: [{ _name: 'Kamera', 'spcamera_model-id': 'iPhone15,2' }, { _name: 'Canon Digital Camera', 'spcamera_model-id': 'UVC Camera VendorID_1193 ProductID_12563' }] })!.cameras!.names).toEqual(['iPhone (Continuity Camera)', 'Canon Digital Camera']);
  });
  it('garbage never throws', () => {
    expect(parseMacProfilerJson('text')).toBeNull();
    expect(parseMacProfilerJson({})).toBeNull();
    fc.assert(fc.property(fc.jsonValue(), (j) => {
      const r = parseMacProfilerJson(j);
      expect(r === null || r.cameras !== null || r.microphones !== null).toBe(true);
    }));
  });
});

describe('Linux: pactl sources, ALSA, video4linux', () => {
  it.each([
    ['linux/pactl-list-short-sources__gentoo-notes-razer-usb-mic.txt', ['Razer Inc Razer Seiren Mini'], 1],
    ['linux/pactl-list-short-sources__jetson-nano-notes-lifecam.txt', ['platform-sound analog-stereo', 'Microsoft Microsoft LifeCam HD-3000'], 2],
    // the only sources are monitors: this machine has no microphone
    ['linux/pactl-info-and-short-sinks-sources__kde-debug-dump-pt.txt', [], 4],
  ])('%s', (file, names, skipped) => {
    const r = parsePactlSources(sampleText(file));
    expect(r.names).toEqual(names);
    expect(r.skipped).toHaveLength(skipped);
  });
  it('the script sample with its comment prefix: built-in, USB and dock mics, serials taken out', () => {
    const r = parsePactlSources(fixedMic());
    expect(r.names).toEqual(['pci-0000_00_1f.3 analog-stereo', 'DPA Microphones d vice MMA-A', 'Lenovo ThinkPad Thunderbolt 3 Dock USB Audio']);
    expect(JSON.stringify(r)).not.toMatch(/17060A06002B6300|000000000000/);
  });
  it('monitors and outputs are named without their serials too', () => {
    const r = parsePactlSources('145\talsa_output.usb-Razer_Inc_Razer_Seiren_Mini_UC2216L03206474-00.analog-stereo.monitor\tPipeWire\ts32le 2ch 48000Hz\tRUNNING\n');
    expect(r).toEqual({ names: [], skipped: ['Razer Inc Razer Seiren Mini (monitor)'], problems: [] });
    expect(parsePactlSources(sampleText('linux/pactl-info-and-short-sinks-sources__kde-debug-dump-pt.txt')).skipped).toEqual([
      'pci-0000_01_00.1 hdmi-stereo (output)', 'bluez Bluetooth.a2dp_sink (output)', 'pci-0000_01_00.1 hdmi-stereo (monitor)', 'bluez Bluetooth.a2dp_sink (monitor)',
    ]);
  });
  it('no serial or Bluetooth address survives in a name', () => {
    expect(sourceName('alsa_input.usb-Razer_Inc_Razer_Seiren_Mini_UC2216L03206474-00.mono-fallback')).toBe('Razer Inc Razer Seiren Mini');
    expect(sourceName('bluez_input.0C:ED:E7:FF:AB:9D.0')).not.toMatch(/0C.ED/);
    expect(withoutAddresses('bluez_sink.0C_ED_E7_FF_AB_9D.a2dp_sink.monitor')).toBe('bluez_sink.Bluetooth.a2dp_sink.monitor');
  });
  it('ALSA: capture PCMs from the card listing of the procfs sample', () => {
    const text = sampleText('linux/proc-asound-listing__csdn-alsa-notes.txt');
    const entries = /card0 # ls\n(.+)\n/.exec(text)![1]!.split(/\s+/);
    expect(alsaCaptureCount(entries)).toBe(4);
    expect(alsaCaptureCount(['id', 'pcm0p', 'pcm3p'])).toBe(0);
  });
  it('video4linux: the first node of a device is the camera; metadata nodes and other kinds are not', () => {
    // v4l2-ctl sample: one UVC camera, two nodes
    const text = readFileSync(join(SAMPLES, 'linux/v4l2-ctl-list-devices__linuxtrack-issue-147.txt'), 'utf8');
    const nodes = [...text.matchAll(/\/dev\/(video\d+)/g)].map((m) => m[1]!);
    expect(nodes).toEqual(['video0', 'video1']);
    expect(nodes.filter((n, i) => isCaptureNode(n, `${i}\n`))).toEqual(['video0']);
    expect(isCaptureNode('v4l-subdev0', '0')).toBe(false);
    expect(isCaptureNode('video3', null)).toBe(true);
  });
  it('garbage never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = parsePactlSources(s);
      expect(r.names.length + r.skipped.length).toBeLessThanOrEqual(s.split('\n').length);
      sourceName(s);
      isCaptureNode(s, s);
    }));
  });
});

describe('evaluate', () => {
  const base: CameraMicFacts = {
    os: 'windows', cameras: ['Chicony USB2.0 Camera'], microphones: ['Headset Microphone'], cameraCount: 1, microphoneCount: 1,
    methods: { cameras: 'pnp', microphones: 'pnp' }, skipped: [], problems: [], cameraAccess: 'allowed', microphoneAccess: 'allowed',
    cameraInUseBy: [], microphoneInUseBy: [], reasons: { cameras: null, microphones: null },
  };
  it.each([
    ['both there', {}, 'pass', ['cam.cameras', 'cam.mics']],
    ['no camera', { cameras: [] }, 'fail', ['cam.no-camera', 'cam.mics']],
    ['no microphone', { microphones: [] }, 'fail', ['cam.cameras', 'cam.no-mic']],
    ['no camera, microphones not told', { cameras: [], microphones: null }, 'fail', ['cam.no-camera', 'cam.mics-unknown']],
    ['camera there, microphones not told', { microphones: null }, 'unknown', ['cam.cameras', 'cam.mics-unknown']],
    ['nothing told', { cameras: null, microphones: null }, 'unknown', ['cam.unknown']],
    ['camera denied by privacy setting', { cameraAccess: 'denied' }, 'warn', ['cam.cameras', 'cam.mics', 'cam.camera-denied']],
    ['microphone denied', { microphoneAccess: 'denied' }, 'warn', ['cam.cameras', 'cam.mics', 'cam.mic-denied']],
    ['microphone in use', { microphoneInUseBy: ['Zoom.exe'] }, 'warn', ['cam.cameras', 'cam.mics', 'cam.mic-in-use']],
    ['camera in use', { cameraInUseBy: ['Teams.exe'] }, 'warn', ['cam.cameras', 'cam.mics', 'cam.camera-in-use']],
    ['a broken device beside a working one', { problems: ['IR Camera (Error)'] }, 'pass', ['cam.cameras', 'cam.mics', 'cam.problems']],
    ['no microphone and camera denied: fail wins', { microphones: [], cameraAccess: 'denied' }, 'fail', ['cam.cameras', 'cam.no-mic', 'cam.camera-denied']],
    ['Linux tells neither access nor use', { os: 'linux', cameraAccess: null, microphoneAccess: null, cameraInUseBy: null, microphoneInUseBy: null }, 'pass', ['cam.cameras', 'cam.mics']],
  ] as const)('%s', (_label, change, status, ids) => {
    const f = evaluateCameraMic({ ...base, ...change } as CameraMicFacts);
    expect(f.status).toBe(status);
    expect(f.summary.map((m) => m.id)).toEqual(ids);
    if (status === 'pass') expect(f.remediation).toEqual([]);
    else expect(f.remediation!.length).toBeGreaterThan(0);
  });
});

const cam = async (name: string, extra: string[] = []) => (await replay(join(BUNDLES, name), ['--only', 'camera-mic', ...extra])).report.checks.find((c) => c.id === 'camera-mic')!;

describe('camera-mic replayed from real outputs', () => {
  it.each([
    ['win32-camera-mic-no-mic.json', 'fail', { cameras: ['Chicony USB2.0 Camera'], microphones: [], skipped: ['IR Camera'] }],
    ['win32-camera-mic-headset-denied.json', 'warn', { microphones: ['Headset Microphone (CORSAIR VIRTUOSO Wireless Gaming Headset)'], cameraAccess: 'denied', microphoneAccess: 'allowed' }],
    ['win32-camera-mic-in-use.json', 'warn', { microphoneInUseBy: ['Zoom.exe'], skipped: ['IR Camera', 'S/PDIF 1 (Virtual Audio Cable)'], microphoneCount: 1 }],
    ['win32-camera-mic-no-powershell.json', 'unknown', { cameras: null, microphones: null }],
    ['darwin-camera-mic-canon-iphone.json', 'pass', { cameraCount: 2, microphoneCount: 3, skipped: ['Microsoft Teams Audio'] }],
    ['darwin-camera-mic-no-camera.json', 'fail', { cameras: [], microphoneCount: 3 }],
    ['darwin-camera-mic-garbage.json', 'unknown', { reasons: { cameras: 'system_profiler printed no JSON' } }],
    ['linux-camera-mic-uvc-pulseaudio.json', 'pass', { cameras: ['UVC Camera (046d:0825)'], microphoneCount: 3, methods: { cameras: 'v4l2-sysfs', microphones: 'pactl' } }],
    ['linux-camera-mic-monitors-only.json', 'fail', { cameras: [], microphones: [] }],
    ['linux-camera-mic-alsa-fallback.json', 'pass', { microphones: ['zx297520v3es837'], methods: { microphones: 'alsa-proc' } }],
    ['linux-camera-mic-nothing-readable.json', 'unknown', { cameras: null, microphones: null }],
  ])('%s → %s', async (file, status, facts) => {
    const c = await cam(file);
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
    expect(JSON.stringify(c.facts)).not.toMatch(/HUI|17060A06002B6300|0C_ED_E7|\{[0-9A-F-]{36}\}/);
  });
  it('the bundles carry the names and values of the captures they were built from', () => {
    const stdout = (name: string) => JSON.parse(readFileSync(join(BUNDLES, name), 'utf8')).interactions[0].result.stdout as string;
    const pnp = sampleText('windows/Get-PnpDevice-PresentOnly-USB__dasharo-docs-317-usb-camera.txt');
    const endpoints = sampleText('windows/Get-PnpDevice-Class-AudioEndpoint__apo-notes-dechamps.txt');
    for (const file of ['win32-camera-mic-no-mic.json', 'win32-camera-mic-headset-denied.json', 'win32-camera-mic-in-use.json']) {
      const devices = (JSON.parse(stdout(file)) as { devices: { class: string; name: string; endpoint: string | null }[] }).devices;
      for (const d of devices) {
        const sample = d.class === 'AudioEndpoint' ? endpoints : pnp;
        const line = sample.split('\n').find((l) => l.includes(d.name));
        expect(line, d.name).toBeDefined();
        if (d.endpoint) expect(line).toContain(d.endpoint);
      }
    }
    const audio = JSON.parse(sampleText('macos/system_profiler-SPAudioDataType-json__go-audio-test-dell-inzone-c922.json.txt')) as { SPAudioDataType: unknown };
    expect(JSON.parse(stdout('darwin-camera-mic-canon-iphone.json')).SPAudioDataType).toEqual(audio.SPAudioDataType);
  });
  it('an unknown platform: unknown, saying so', async () => {
    const { report } = await replay(bundleOf('freebsd', []), ['--only', 'camera-mic']);
    const c = report.checks.find((x) => x.id === 'camera-mic')!;
    expect(c.status).toBe('unknown');
    expect(c.summary).toMatch(/not supported on freebsd/);
  });
  it('speaks Bokmål', async () => {
    const c = await cam('win32-camera-mic-headset-denied.json', ['--lang', 'nb']);
    expect(c.summary).toMatch(/Personverninnstillingene hindrer apper i å bruke kameraet/);
    expect(c.remediation).toMatch(/Personvern og sikkerhet/);
  });
});

describe('camera-mic live on this machine', () => {
  it('runs through the built CLI without crashing: fail (nothing found) or unknown (nothing readable), never pass here', async () => {
    const run = await runCli(['--json', '--no-questions', '--offline', '--only', 'camera-mic']);
    expect([0, 1]).toContain(run.code);
    const c = (JSON.parse(run.stdout) as { checks: { id: string; status: string; facts: CameraMicFacts }[] }).checks.find((x) => x.id === 'camera-mic')!;
    // this test machine has neither camera nor microphone
    expect(['fail', 'unknown']).toContain(c.status);
    expect(c.facts.cameraCount === null || c.facts.cameraCount === 0).toBe(true);
  });
});

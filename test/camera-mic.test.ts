import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cameraMic, {
  CameraMicFactsSchema,
  CONSOLE_CONSENT_SCRIPT,
  evaluateCameraMic,
  TCC_ARGS,
  type CameraMicFacts,
  type DevicePart,
} from '../checks/camera-mic/index.js';
import { messages } from '../checks/camera-mic/messages.js';
import {
  alsaCaptureCount,
  endpointFlow,
  isCaptureNode,
  parseConsent,
  parseMacProfilerJson,
  parsePactlSources,
  parseTccRows,
  parseWindowsDevicesJson,
  sourceName,
  tccAccess,
  ueventDriver,
  v4lNodeKind,
  withoutAddresses,
} from '../checks/camera-mic/parse.js';
import { bundleOf, ran, sectionRan, SYSTEM_WHOAMI } from './helpers/bundles.js';
import type { Bundle, Interaction } from '../src/probe/bundle.js';
import { loadBundle } from './helpers/check-tester.js';
import { replayCheck } from './helpers/check-tester.js';
import { ROOT, runCli } from './helpers/cli.js';
import { SAMPLES, sampleText } from './helpers/samples.js';

const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');
/** the fixed-mic sample keeps its script's `# ` prefix on every line: only its two header lines go */
const fixedMic = () => readFileSync(join(SAMPLES, 'linux/pactl-list-short-sources__fixed-mic-script-pulseaudio.txt'), 'utf8').split('\n').slice(2).join('\n');

describe('Windows: audio endpoint flow and PnP devices', () => {
  it('reads the flow of every endpoint in the AudioEndpoint sample from the InstanceId, not the name', () => {
    const rows = sampleText('windows/Get-PnpDevice-Class-AudioEndpoint__apo-notes-dechamps.txt')
      .split('\n')
      .filter((l) => l.includes('MMDEVAPI'));
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
    expect(w.camera).toEqual({ access: null, deniedFor: [], inUseBy: null });
  });

  it.each([
    [{ class: 'Image', name: 'USB Video Device', status: 'OK' }, ['USB Video Device'], []],
    [{ class: 'Image', name: 'EPSON Scanner', status: 'OK' }, [], []],
    [{ class: 'Camera', name: 'Integrated Camera', status: 'Error' }, [], [{ name: 'Integrated Camera', status: 'Error' }]],
    [{ class: 'Camera', name: 'Integrated Camera', status: 'OK' }, ['Integrated Camera'], []],
  ])('%j', (device, names, problems) => {
    const w = parseWindowsDevicesJson({ devices: device })!;
    expect(w.cameras.names).toEqual(names);
    expect(w.cameras.problems).toEqual(problems);
  });

  it("a virtual cable or the speakers' loopback is no microphone, though its flow is capture", () => {
    const endpoint = 'SWD\\MMDEVAPI\\{0.0.1.00000000}';
    const w = parseWindowsDevicesJson({
      devices: [
        { class: 'AudioEndpoint', name: 'S/PDIF 1 (Virtual Audio Cable)', status: 'OK', endpoint },
        { class: 'AudioEndpoint', name: 'Stereo Mix (Realtek(R) Audio)', status: 'OK', endpoint },
        { class: 'AudioEndpoint', name: 'Mikrofonmatrise (Realtek(R) Audio)', status: 'OK', endpoint },
      ],
    })!;
    expect(w.microphones).toEqual({
      names: ['Mikrofonmatrise (Realtek(R) Audio)'],
      skipped: ['S/PDIF 1 (Virtual Audio Cable)', 'Stereo Mix (Realtek(R) Audio)'],
      problems: [],
    });
  });

  it.each([
    [
      { machine: 'Allow', user: 'Allow', desktop: 'Allow', inUse: [] },
      { access: 'allowed', deniedFor: [], inUseBy: [] },
    ],
    [
      { machine: 'Deny', user: 'Allow', desktop: null, inUse: [] },
      { access: 'denied', deniedFor: ['device'] },
    ],
    [
      { machine: 'Allow', user: 'Allow', desktop: 'Deny', inUse: 'Teams.exe' },
      { access: 'denied', deniedFor: ['desktop-apps'], inUseBy: ['Teams.exe'] },
    ],
    [
      { machine: 'Allow', user: 'Deny', desktop: 'Deny' },
      { access: 'denied', deniedFor: ['apps', 'desktop-apps'] },
    ],
    [
      { machine: null, user: null, desktop: null },
      { access: null, inUseBy: null },
    ],
    ['Allow', { access: null, inUseBy: null }],
  ])('ConsentStore %j', (v, expected) => expect(parseConsent(v)).toMatchObject(expected));

  it('garbage never throws; anything without a device list is null', () => {
    expect(parseWindowsDevicesJson(null)).toBeNull();
    expect(parseWindowsDevicesJson({ webcam: {} })).toBeNull();
    fc.assert(
      fc.property(fc.jsonValue(), (j) => {
        const w = parseWindowsDevicesJson(j);
        expect(w === null || Array.isArray(w.cameras.names)).toBe(true);
        parseConsent(j);
        endpointFlow(j);
      }),
    );
  });
});

describe('macOS: system_profiler JSON', () => {
  const audio = JSON.parse(sampleText('macos/system_profiler-SPAudioDataType-json__go-audio-test-dell-inzone-c922.json.txt')) as Record<string, unknown>;
  it('microphones are the audio devices with input channels; the Teams virtual device is apart; outputs are not mics', () => {
    const r = parseMacProfilerJson(audio)!;
    expect(r.microphones).toEqual({
      names: ['INZONE H3', 'C922 Pro Stream Webcam', 'MacBook Pro Microphone'],
      skipped: ['Microsoft Teams Audio'],
      problems: [],
    });
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
    expect(
      parseMacProfilerJson({
        SPCameraDataType: [
          { _name: 'Kamera', 'spcamera_model-id': 'iPhone15,2' },
          { _name: 'Canon Digital Camera', 'spcamera_model-id': 'UVC Camera VendorID_1193 ProductID_12563' },
        ],
      })!.cameras!.names,
    ).toEqual(['iPhone (Continuity Camera)', 'Canon Digital Camera']);
  });
  it('garbage never throws', () => {
    expect(parseMacProfilerJson('text')).toBeNull();
    expect(parseMacProfilerJson({})).toBeNull();
    fc.assert(
      fc.property(fc.jsonValue(), (j) => {
        const r = parseMacProfilerJson(j);
        expect(r === null || r.cameras !== null || r.microphones !== null).toBe(true);
      }),
    );
  });
});

describe('Linux: pactl sources, ALSA, video4linux', () => {
  it.each([
    ['linux/pactl-list-short-sources__gentoo-notes-razer-usb-mic.txt', ['Razer Inc Razer Seiren Mini'], 1],
    ['linux/pactl-list-short-sources__jetson-nano-notes-lifecam.txt', ['platform-sound analog-stereo', 'Microsoft Microsoft LifeCam HD-3000'], 2],
    // the only sources are monitors: this machine has no microphone
    ['linux/pactl-info-and-short-sinks-sources__kde-debug-dump-pt.txt', [], 4],
  ])('%s', (file, names, skipped) => {
    const r = parsePactlSources(sampleText(file))!;
    expect(r.names).toEqual(names);
    expect(r.skipped).toHaveLength(skipped);
  });
  it('the script sample with its comment prefix: built-in, USB and dock mics, serials taken out', () => {
    const r = parsePactlSources(fixedMic())!;
    expect(r.names).toEqual(['pci-0000_00_1f.3 analog-stereo', 'DPA Microphones d vice MMA-A', 'Lenovo ThinkPad Thunderbolt 3 Dock USB Audio']);
    expect(JSON.stringify(r)).not.toMatch(/17060A06002B6300|000000000000/);
  });
  it('monitors and outputs are named without their serials too', () => {
    const r = parsePactlSources(
      '145\talsa_output.usb-Razer_Inc_Razer_Seiren_Mini_UC2216L03206474-00.analog-stereo.monitor\tPipeWire\ts32le 2ch 48000Hz\tRUNNING\n',
    );
    expect(r).toEqual({ names: [], skipped: ['Razer Inc Razer Seiren Mini (monitor)'], problems: [] });
    expect(parsePactlSources(sampleText('linux/pactl-info-and-short-sinks-sources__kde-debug-dump-pt.txt'))!.skipped).toEqual([
      'pci-0000_01_00.1 hdmi-stereo (output)',
      'bluez Bluetooth.a2dp_sink (output)',
      'pci-0000_01_00.1 hdmi-stereo (monitor)',
      'bluez Bluetooth.a2dp_sink (monitor)',
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
  it('no output is no source; output without a single source line is not a source list (null), never "no microphone"', () => {
    expect(parsePactlSources('')).toEqual({ names: [], skipped: [], problems: [] });
    expect(parsePactlSources('Connection failure: Connection refused\n')).toBeNull();
    expect(parsePactlSources('{"sources":[]}')).toBeNull();
  });
  it('garbage never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parsePactlSources(s);
        if (r) expect(r.names.length + r.skipped.length).toBeLessThanOrEqual(s.split('\n').length);
        else expect(s.trim()).not.toBe('');
        sourceName(s);
        isCaptureNode(s, s);
      }),
    );
  });
});

describe('video4linux on a Raspberry Pi: codec, ISP and m2m nodes are no camera', () => {
  const dump = sampleText('linux/sys-class-video4linux-name-index__rpi4-bookworm-dump.txt');
  const nodes = [...dump.matchAll(/\/sys\/class\/video4linux\/(video\d+)\ndev:[^\n]*\nname:([^\n]*)\nindex:([^\n]*)\n/g)].map((m) => ({
    node: m[1]!,
    name: m[2]!,
    index: m[3]!,
  }));
  it('the sysfs dump of a Pi 4: before, every first node counted (8 "cameras" besides the camera module); now only the camera module', () => {
    expect(nodes).toHaveLength(15);
    expect(nodes.filter((n) => n.node !== 'video0' && isCaptureNode(n.node, n.index))).toHaveLength(8);
    const kinds = Object.fromEntries(nodes.map((n) => [n.name, v4lNodeKind(n.node, n.name, n.index)]));
    expect(kinds).toEqual({
      'unicam-image': 'camera',
      'bcm2835-codec-decode': 'not-a-camera',
      'bcm2835-codec-encode': 'not-a-camera',
      'bcm2835-codec-isp': 'not-a-camera',
      'bcm2835-isp-output0': 'not-a-camera',
      'bcm2835-isp-capture0': 'not-a-camera',
      'bcm2835-isp-capture1': 'not-a-camera',
      'bcm2835-isp-stats2': 'not-a-camera',
      'bcm2835-codec-image_fx': 'not-a-camera',
      rpivid: 'not-a-camera',
      'bcm2835-codec-encode_image': 'not-a-camera',
    });
  });
  it.each([
    // sysfs names printed on real machines: an MS2109 capture card (UVC, video0 capture beside a metadata node; setup notes in a public
    // repository, search index file 55714851704), an i.MX encoder (a linux-media thread quoted in a public repository, file 3982667112)
    ['video0', 'USB Video: USB Video', '0', 'camera'],
    ['video1', 'USB Video: USB Video', '1', 'metadata'],
    ['video0', 'coda-encoder', '0', 'not-a-camera'],
    // webcam names as v4l2-ctl --list-devices prints them in the samples
    ['video0', 'UVC Camera (046d:0825)', '0', 'camera'],
    ['video2', 'HP Webcam 3100: HP Webcam 3100', '0', 'camera'],
    ['video0', 'mmal service 16.1', '0', 'camera'],
    ['v4l-subdev0', 'ov5647 10-0036', '1', 'other'],
    // a model name that merely contains the letters is no ISP
    ['video0', 'Display Camera Hispeed', '0', 'camera'],
  ])('%s "%s" index %s → %s', (node, name, index, kind) => {
    expect(v4lNodeKind(node, name, index)).toBe(kind);
  });
  it('the driver decides when the name does not tell (uevent DRIVER=, as udev shows a UVC interface)', () => {
    const uvc =
      'DEVTYPE=usb_interface\nDRIVER=uvcvideo\nPRODUCT=8086/b64/1058\nTYPE=239/2/1\nINTERFACE=14/2/0\nMODALIAS=usb:v8086p0B64d1058dcEFdsc02dp01ic0Eisc02ip00in01\n';
    expect(ueventDriver(uvc)).toBe('uvcvideo');
    expect(v4lNodeKind('video0', 'Intel(R) RealSense(TM) Depth Ca', '0', ueventDriver(uvc))).toBe('camera');
    expect(v4lNodeKind('video5', 'vpu', '0', 'hantro-vpu')).toBe('not-a-camera');
    expect(ueventDriver(null)).toBeNull();
    expect(ueventDriver('OF_NAME=codec\n')).toBeNull();
  });
  it('replayed Pi 4 without a camera: no camera (fail, blocks the meeting), the codec and ISP nodes named as skipped', async () => {
    const c = await replayCheck(cameraMic, 'linux-camera-mic-rpi4-no-camera');
    expect(c.facts).toMatchObject({ cameras: { names: [], count: 0, method: 'v4l2-sysfs' } });
    expect((c.facts as CameraMicFacts).cameras.skipped).toEqual([
      'bcm2835-codec-decode',
      'bcm2835-codec-encode',
      'bcm2835-codec-isp',
      'bcm2835-isp-output0',
      'bcm2835-isp-capture0',
      'bcm2835-isp-capture1',
      'bcm2835-isp-stats2',
      'bcm2835-codec-image_fx',
      'rpivid',
      'bcm2835-codec-encode_image',
    ]);
    expect(c).toMatchObject({ status: 'fail', blocker: true });
    expect(c.summary).toMatch(/^No camera found\./);
  });
  it('replayed Pi 4 with its camera module: one camera, the module', async () => {
    const c = await replayCheck(cameraMic, 'linux-camera-mic-rpi4-camera-module');
    expect(c.facts).toMatchObject({ cameras: { names: ['unicam-image'], count: 1 } });
    expect(c.summary).toMatch(/^Found one camera: unicam-image\./);
  });
});

describe('evaluate', () => {
  const dev = (names: string[] | null, more: Partial<DevicePart> = {}): DevicePart => ({
    names,
    count: names?.length ?? null,
    method: names ? 'pnp' : null,
    skipped: [],
    problems: [],
    access: 'allowed',
    deniedFor: [],
    inUseBy: [],
    reason: names ? null : { code: 'failed', tool: 'powershell' },
    ...more,
  });
  const facts = (cameras: DevicePart, microphones: DevicePart, os = 'windows'): CameraMicFacts => ({ os, cameras, microphones });
  const cam = ['Chicony USB2.0 Camera'];
  const mic = ['Headset Microphone'];
  it.each([
    ['both there', facts(dev(cam), dev(mic)), 'pass', false, ['cameras.one', 'microphones.one'], []],
    ['two cameras', facts(dev([...cam, 'Logitech C920']), dev(mic)), 'pass', false, ['cameras.many', 'microphones.one'], []],
    ['no camera: blocks the meeting', facts(dev([]), dev(mic)), 'fail', true, ['cameras.none', 'microphones.one'], ['fix.no-camera']],
    ['no microphone: blocks the meeting', facts(dev(cam), dev([])), 'fail', true, ['cameras.one', 'microphones.none'], ['fix.no-mic']],
    ['neither: blocks the meeting', facts(dev([]), dev([])), 'fail', true, ['cameras.none', 'microphones.none'], ['fix.no-camera', 'fix.no-mic']],
    [
      'no camera, microphones not told: the missing camera still blocks',
      facts(dev([]), dev(null)),
      'fail',
      true,
      ['cameras.none', 'microphones.unknown'],
      ['fix.no-camera'],
    ],
    [
      'camera there, microphones not told: unknown, no blocker',
      facts(dev(cam), dev(null)),
      'unknown',
      false,
      ['cameras.one', 'microphones.unknown'],
      ['fix.test'],
    ],
    ['nothing told', facts(dev(null), dev(null)), 'unknown', false, ['unknown'], ['fix.test']],
    [
      'camera blocked by the privacy setting: blocks the meeting',
      facts(dev(cam, { access: 'denied', deniedFor: ['device'] }), dev(mic)),
      'fail',
      true,
      ['cameras.one', 'microphones.one', 'cameras.denied'],
      ['fix.camera.windows'],
    ],
    [
      'microphone blocked: blocks the meeting',
      facts(dev(cam), dev(mic, { access: 'denied', deniedFor: ['desktop-apps'] })),
      'fail',
      true,
      ['cameras.one', 'microphones.one', 'microphones.denied'],
      ['fix.mic.windows'],
    ],
    [
      'microphone in use: a warning',
      facts(dev(cam), dev(mic, { inUseBy: ['Zoom.exe'] })),
      'warn',
      false,
      ['cameras.one', 'microphones.one', 'microphones.in-use'],
      ['fix.in-use'],
    ],
    [
      'camera in use: a warning',
      facts(dev(cam, { inUseBy: ['Teams.exe'] }), dev(mic)),
      'warn',
      false,
      ['cameras.one', 'microphones.one', 'cameras.in-use'],
      ['fix.in-use'],
    ],
    [
      'a broken device beside a working one',
      facts(dev(cam, { problems: [{ name: 'IR Camera', status: 'Error' }] }), dev(mic)),
      'pass',
      false,
      ['cameras.one', 'microphones.one', 'problems'],
      [],
    ],
    [
      'no microphone and camera blocked',
      facts(dev(cam, { access: 'denied' }), dev([])),
      'fail',
      true,
      ['cameras.one', 'microphones.none', 'cameras.denied'],
      ['fix.no-mic', 'fix.camera.windows'],
    ],
    [
      'Linux tells neither access nor use',
      facts(dev(cam, { access: null, inUseBy: null }), dev(mic, { access: null, inUseBy: null }), 'linux'),
      'pass',
      false,
      ['cameras.one', 'microphones.one'],
      [],
    ],
  ] as const)('%s', (_label, given, status, blocker, ids, fixes) => {
    const f = evaluateCameraMic(given, { requireCamera: true }, { os: given.os === 'linux' ? 'linux' : 'win32', release: '10.0.22631' });
    expect(f.status).toBe(status);
    expect(f.blocker ?? false).toBe(blocker);
    expect(f.summary.map((m) => m.id)).toEqual(ids);
    expect((f.remediation ?? []).map((m) => m.id)).toEqual(fixes);
    expect(CameraMicFactsSchema.safeParse(given).success).toBe(true);
    if (status === 'unknown') expect(f.reason).toEqual({ code: 'failed', tool: 'powershell' });
  });
  it('an organisation that meets with sound only (requireCamera false): no camera or a blocked one warns; the microphone still blocks', () => {
    const audioOnly = { requireCamera: false };
    expect(evaluateCameraMic(facts(dev([]), dev(mic)), audioOnly)).toMatchObject({
      status: 'warn',
      summary: [{ id: 'cameras.none' }, { id: 'microphones.one' }, { id: 'cameras.not-required' }],
    });
    expect(evaluateCameraMic(facts(dev([]), dev(mic)), audioOnly).blocker).toBeUndefined();
    expect(evaluateCameraMic(facts(dev(cam, { access: 'denied' }), dev(mic)), audioOnly).status).toBe('warn');
    expect(evaluateCameraMic(facts(dev([]), dev([])), audioOnly)).toMatchObject({ status: 'fail', blocker: true });
    expect(evaluateCameraMic(facts(dev(cam), dev(mic, { access: 'denied' })), audioOnly)).toMatchObject({ status: 'fail', blocker: true });
    expect(cameraMic.options!.parse({})).toEqual({ requireCamera: true });
  });
  it('the device problem is said by name; the status word of the OS stays in the facts', () => {
    const f = evaluateCameraMic(facts(dev(cam, { problems: [{ name: 'IR Camera', status: 'Error' }] }), dev(mic)));
    expect(f.summary[2]).toEqual({ id: 'problems', params: { names: ['IR Camera'] } });
  });
  it('the privacy fix fits the OS and its version, and opens the camera or microphone page', () => {
    const denied = facts(dev(cam, { access: 'denied' }), dev(mic, { access: 'denied' }));
    const req = { requireCamera: true };
    expect(evaluateCameraMic(denied, req, { os: 'win32', release: '10.0.19045' })).toMatchObject({
      remediation: [{ id: 'fix.camera.windows.10' }, { id: 'fix.mic.windows.10' }],
      link: 'ms-settings:privacy-webcam',
    });
    expect(evaluateCameraMic(facts(dev(cam), dev(mic, { access: 'denied' })), req, { os: 'win32', release: '10.0.26100' })).toMatchObject({
      remediation: [{ id: 'fix.mic.windows' }],
      link: 'ms-settings:privacy-microphone',
    });
    const mac = { ...denied, os: 'macos' };
    expect(evaluateCameraMic(mac, req, { os: 'darwin', release: '21.6.0' })).toMatchObject({
      remediation: [{ id: 'fix.camera.macos.12' }, { id: 'fix.mic.macos.12' }],
      link: 'x-apple.systempreferences:com.apple.preference.security?Privacy_Camera',
    });
    expect(evaluateCameraMic(mac, req, { os: 'darwin', release: '24.1.0' })).toMatchObject({
      remediation: [{ id: 'fix.camera.macos' }, { id: 'fix.mic.macos' }],
    });
    expect(evaluateCameraMic({ ...denied, os: 'linux' }, req, { os: 'linux', release: '6.8' }).remediation).toEqual([
      { id: 'fix.privacy' },
      { id: 'fix.privacy' },
    ]);
  });
  it('every message exists in both languages with the same parameters; no programmer plurals', () => {
    expect(Object.keys(messages.nb).sort()).toEqual(Object.keys(messages.en).sort());
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
      expect(messages.nb[key].match(/\{\w+\}/g), key).toEqual(messages.en[key].match(/\{\w+\}/g));
      expect(`${messages.en[key]} ${messages.nb[key]}`, key).not.toMatch(/\(s\)|\(er\)|\{reason\}/);
    }
  });
});

describe('camera-mic replayed from real outputs', () => {
  it.each([
    ['win32-camera-mic-no-mic', 'fail', { cameras: { names: ['Chicony USB2.0 Camera'], skipped: ['IR Camera'] }, microphones: { names: [] } }],
    [
      'win32-camera-mic-headset-denied',
      'fail',
      { microphones: { names: ['Headset Microphone (CORSAIR VIRTUOSO Wireless Gaming Headset)'], access: 'allowed' }, cameras: { access: 'denied' } },
    ],
    [
      'win32-camera-mic-in-use',
      'warn',
      { microphones: { inUseBy: ['Zoom.exe'], skipped: ['S/PDIF 1 (Virtual Audio Cable)'], count: 1 }, cameras: { skipped: ['IR Camera'] } },
    ],
    [
      'win32-camera-mic-no-powershell',
      'unknown',
      { cameras: { names: null, reason: { code: 'not-found', tool: 'powershell' } }, microphones: { names: null } },
    ],
    ['darwin-camera-mic-canon-iphone', 'pass', { cameras: { count: 2 }, microphones: { count: 3, skipped: ['Microsoft Teams Audio'] } }],
    ['darwin-camera-mic-no-camera', 'fail', { cameras: { names: [] }, microphones: { count: 3 } }],
    ['darwin-camera-mic-garbage', 'unknown', { cameras: { reason: { code: 'unreadable', tool: 'system_profiler', detail: 'printed no JSON' } } }],
    [
      'linux-camera-mic-uvc-pulseaudio',
      'pass',
      { cameras: { names: ['UVC Camera (046d:0825)'], method: 'v4l2-sysfs' }, microphones: { count: 3, method: 'pactl' } },
    ],
    ['linux-camera-mic-monitors-only', 'fail', { cameras: { names: [] }, microphones: { names: [] } }],
    ['linux-camera-mic-alsa-fallback', 'pass', { microphones: { names: ['zx297520v3es837'], method: 'alsa-proc' } }],
    [
      'linux-camera-mic-nothing-readable',
      'unknown',
      { cameras: { names: null, reason: { code: 'not-found', tool: 'sysfs' } }, microphones: { names: null, reason: { code: 'not-found', tool: 'pactl' } } },
    ],
  ])('%s → %s', async (name, status, expected) => {
    const c = await replayCheck(cameraMic, name);
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(expected);
    expect(CameraMicFactsSchema.safeParse(c.facts).success).toBe(true);
    expect(JSON.stringify(c.facts)).not.toMatch(/HUI|17060A06002B6300|0C_ED_E7|\{[0-9A-F-]{36}\}/);
    if (status === 'unknown') expect(c.reason?.code).toBeTruthy();
  });
  it('the fix and the setting to open of a denied camera, on a replayed Windows', async () => {
    const c = await replayCheck(cameraMic, 'win32-camera-mic-headset-denied');
    expect(c.link).toBe('ms-settings:privacy-webcam');
    expect(c.remediation).toMatch(/Privacy & security → Camera/);
  });
  it('pactl that prints no source list and exits 0 is unreadable, not "no microphone"', async () => {
    const bundle = bundleOf('linux', [
      { type: 'listDir', path: '/sys/class/video4linux', result: null },
      { type: 'listDir', path: '/sys/class', result: ['net'] },
      {
        type: 'run',
        cmd: 'pactl',
        args: ['list', 'short', 'sources'],
        locale: 'c',
        result: { stdout: 'Server String: /run/user/1000/pulse/native\n', stderr: '', code: 0 },
      },
    ]);
    const c = await replayCheck(cameraMic, bundle);
    expect(c.facts).toMatchObject({ cameras: { names: [] }, microphones: { names: null, reason: { code: 'unreadable', tool: 'pactl' } } });
    // no camera is a failure whatever the microphones say
    expect(c.status).toBe('fail');
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
  it('an unknown platform: unknown, unsupported', async () => {
    const c = await replayCheck(cameraMic, bundleOf('freebsd', []));
    expect(c.status).toBe('unknown');
    expect(c.reason).toEqual({ code: 'unsupported', detail: 'freebsd' });
  });
  it('speaks Bokmål, the reason of an unknown too', async () => {
    const c = await replayCheck(cameraMic, 'win32-camera-mic-headset-denied', { lang: 'nb' });
    expect(c.summary).toMatch(/Personverninnstillingene hindrer apper i å bruke kameraet/);
    expect(c.summary).toMatch(/^Fant ett kamera: Chicony USB2\.0 Camera\. Fant én mikrofon: /);
    expect(c.remediation).toMatch(/Personvern og sikkerhet → Kamera/);
    const unknown = await replayCheck(cameraMic, 'darwin-camera-mic-garbage', { lang: 'nb' });
    expect(unknown.summary).toBe('Klarte ikke å liste opp kameraer og mikrofoner. Årsak: svaret fra systemet hadde en uventet form (system_profiler).');
  });
});

/** Rows as sqlite3 prints them, from the published dump of a user's TCC.db (HackTricks, "macOS TCC"). */
const TCC_DUMP =
  'kTCCServiceLiverpool|com.apple.syncdefaultsd|2|4\nkTCCServiceSystemPolicyDownloadsFolder|com.tinyspeck.slackmacgap|2|2\nkTCCServiceMicrophone|us.zoom.xos|2|2\n';
/** sqlite3 without Full Disk Access, as published (user name replaced as in the source). */
const TCC_REFUSED = 'Error: unable to open database "/Users/user/Library/Application Support/com.apple.TCC/TCC.db": authorization denied\n';
const withTcc = (name: string, result: { stdout: string; stderr: string; code: number }): Bundle => {
  const b = loadBundle(name);
  return { ...b, interactions: [...b.interactions, { type: 'run', cmd: '/bin/sh', args: TCC_ARGS, locale: 'c', result }] };
};

describe('macOS privacy consent (TCC), where readable', () => {
  it('reads the rows of a published TCC.db dump; Zoom may use the microphone', () => {
    const rows = parseTccRows(TCC_DUMP)!;
    expect(rows).toHaveLength(3);
    expect(tccAccess(rows, 'kTCCServiceMicrophone')).toEqual({ access: 'allowed', deniedFor: [] });
    // no meeting app has asked for the camera: not told
    expect(tccAccess(rows, 'kTCCServiceCamera')).toEqual({ access: null, deniedFor: [] });
  });
  it('every meeting app that asked was refused (auth_value 0, as documented): blocked; one allowed is enough', () => {
    const rows = parseTccRows('kTCCServiceCamera|us.zoom.xos|0|2\nkTCCServiceCamera|com.microsoft.teams2|0|2\nkTCCServiceCamera|com.apple.Terminal|2|2\n')!;
    expect(tccAccess(rows, 'kTCCServiceCamera')).toEqual({ access: 'denied', deniedFor: ['us.zoom.xos', 'com.microsoft.teams2'] });
    expect(tccAccess([...rows, { service: 'kTCCServiceCamera', client: 'com.google.Chrome', authValue: 2 }], 'kTCCServiceCamera').access).toBe('allowed');
  });
  it('the refusal without Full Disk Access, or garbage, is not a list', () => {
    expect(parseTccRows(TCC_REFUSED)).toBeNull();
    expect(parseTccRows('')).toEqual([]);
    fc.assert(
      fc.property(fc.string(), (s) => {
        const rows = parseTccRows(s);
        if (rows === null) expect(s.trim()).not.toBe('');
      }),
    );
  });
  it('replayed Mac: refused by sqlite3 → consent not read, the devices decide (pass)', async () => {
    const c = await replayCheck(cameraMic, withTcc('darwin-camera-mic-canon-iphone', { stdout: '', stderr: TCC_REFUSED, code: 1 }));
    expect(c).toMatchObject({ status: 'pass', facts: { cameras: { access: null }, microphones: { access: null } } });
    expect(JSON.stringify(c)).not.toContain('/Users/');
  });
  it('replayed Mac: the meeting apps refused the microphone → fail, blocks the meeting, the Microphone page to open (rows in the published shape; value 0 as documented)', async () => {
    const c = await replayCheck(
      cameraMic,
      withTcc('darwin-camera-mic-canon-iphone', { stdout: 'kTCCServiceMicrophone|us.zoom.xos|0|2\nkTCCServiceCamera|us.zoom.xos|2|2\n', stderr: '', code: 0 }),
    );
    expect(c).toMatchObject({ status: 'fail', blocker: true, link: 'x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone' });
    expect(c.facts).toMatchObject({ cameras: { access: 'allowed' }, microphones: { access: 'denied', deniedFor: ['us.zoom.xos'] } });
  });
});

describe('meeting-critical: what a video meeting cannot do without', () => {
  it.each([
    ['win32-camera-mic-no-mic', 'fail', true],
    ['win32-camera-mic-headset-denied', 'fail', true],
    ['win32-camera-mic-in-use', 'warn', false],
    ['darwin-camera-mic-no-camera', 'fail', true],
    ['linux-camera-mic-monitors-only', 'fail', true],
    ['linux-camera-mic-uvc-pulseaudio', 'pass', false],
    ['linux-camera-mic-nothing-readable', 'unknown', false],
    ['win32-camera-mic-no-powershell', 'unknown', false],
  ] as const)('%s → %s, blocker %s', async (name, status, blocker) => {
    const c = await replayCheck(cameraMic, name);
    expect(c.status).toBe(status);
    expect(c.blocker).toBe(blocker);
  });
  it('the machine is not ready when the microphone is missing, whatever else passes', async () => {
    const { replayReport } = await import('./helpers/check-tester.js');
    const report = await replayReport([cameraMic], 'win32-camera-mic-no-mic');
    expect(report.score.verdict).toBe('not-ready');
  });
  it('a policy for meetings with sound only: the Mac without a camera warns and does not block', async () => {
    const policy = { checks: { 'camera-mic': { options: { requireCamera: false } } } };
    const c = await replayCheck(cameraMic, 'darwin-camera-mic-no-camera', { policy });
    expect(c).toMatchObject({ status: 'warn', blocker: false });
    expect(c.summary).toMatch(/sound only/);
    const nb = await replayCheck(cameraMic, 'darwin-camera-mic-no-camera', { policy, lang: 'nb' });
    expect(nb.summary).toBe(
      'Fant ikke noe kamera. Fant 3 mikrofoner: INZONE H3, C922 Pro Stream Webcam og MacBook Pro Microphone. Arbeidsgiveren din godtar møter med bare lyd, så et manglende kamera gir bare en advarsel her.',
    );
    // the microphone is never optional
    expect((await replayCheck(cameraMic, 'linux-camera-mic-monitors-only', { policy })).blocker).toBe(true);
  });
});

describe('camera-mic live on this machine', () => {
  it('runs through the built CLI without crashing: fail (nothing found) or unknown (nothing readable), never pass here', async () => {
    const run = await runCli(['--json', '--no-questions', '--offline', '--only', 'camera-mic']);
    expect([0, 1]).toContain(run.code);
    const c = (JSON.parse(run.stdout) as { checks: { id: string; status: string; facts: CameraMicFacts }[] }).checks.find((x) => x.id === 'camera-mic')!;
    // this test machine has neither camera nor microphone
    expect(['fail', 'unknown']).toContain(c.status);
    expect(c.facts.cameras.count === null || c.facts.cameras.count === 0).toBe(true);
  });
});

describe('run by a management agent (SYSTEM under Intune, root under Jamf): the consent of the person at the screen', () => {
  const consoleSection = (stdout: string, code = 0): Interaction =>
    sectionRan(CONSOLE_CONSENT_SCRIPT, stdout, { stderr: code === 0 ? '' : 'Access is denied.', code });
  /** SYSTEM (captured whoami); the devices section from the headset PC, whose own per-user webcam value is Deny */
  const asSystem = (extra: Interaction[]): Bundle => {
    const b = loadBundle('win32-camera-mic-headset-denied');
    return {
      ...b,
      interactions: [SYSTEM_WHOAMI, ...b.interactions, ...extra],
    };
  };
  it('Windows as SYSTEM: the signed-in user’s own ConsentStore decides (their HKEY_USERS hive; the console section’s JSON: documentation only)', async () => {
    expect((await replayCheck(cameraMic, 'win32-camera-mic-headset-denied')).status).toBe('fail');
    const allowed = await replayCheck(
      cameraMic,
      asSystem([
        consoleSection(
          '{"console":true,"webcam":{"user":"Allow","desktop":"Allow","inUse":[]},"microphone":{"user":"Allow","desktop":"Allow","inUse":["Teams.exe"]}}\r\n',
        ),
      ]),
    );
    expect(allowed).toMatchObject({ facts: { readFor: 'console', cameras: { access: 'allowed', deniedFor: [] }, microphones: { inUseBy: ['Teams.exe'] } } });
    expect(allowed.status).not.toBe('fail');
    const denied = await replayCheck(
      cameraMic,
      asSystem([
        consoleSection('{"console":true,"webcam":{"user":"Allow","desktop":"Deny","inUse":[]},"microphone":{"user":"Allow","desktop":"Allow","inUse":[]}}\r\n'),
      ]),
    );
    expect(denied).toMatchObject({ status: 'fail', facts: { readFor: 'console', cameras: { access: 'denied', deniedFor: ['desktop-apps'] } } });
    expect(CameraMicFactsSchema.safeParse(denied.facts).success).toBe(true);
  });
  it('Windows as SYSTEM with nobody signed in, or the section failing: the per-user consent is not read (null), never SYSTEM’s own Deny', async () => {
    for (const extra of [[consoleSection('{"console":false}\r\n')], [consoleSection('', 1)], []]) {
      const c = await replayCheck(cameraMic, asSystem(extra));
      expect(c.facts).toMatchObject({ readFor: 'console', cameras: { deniedFor: [], inUseBy: null }, microphones: { inUseBy: null } });
      expect(c.status).not.toBe('fail');
    }
  });
  it('macOS as root (Jamf): the console user’s TCC.db, read as them (sudo -H), never root’s own', async () => {
    const b = loadBundle('darwin-camera-mic-canon-iphone');
    const refusedMic = 'kTCCServiceMicrophone|us.zoom.xos|0|2\nkTCCServiceCamera|us.zoom.xos|2|2\n';
    const asRoot = (owner: string): Bundle => ({
      ...b,
      interactions: [
        ran('id', ['-u'], '0\n'),
        ran('stat', ['-f%Su', '/dev/console'], `${owner}\n`),
        ran('/bin/sh', TCC_ARGS, ''),
        ran('sudo', ['-n', '-H', '-u', 'alice', '/bin/sh', ...TCC_ARGS], refusedMic),
        ...b.interactions,
      ],
    });
    const c = await replayCheck(cameraMic, asRoot('alice'));
    expect(c).toMatchObject({ status: 'fail', facts: { readFor: 'console', microphones: { access: 'denied', deniedFor: ['us.zoom.xos'] } } });
    // at the login window nobody's consent is read: the devices decide
    expect(await replayCheck(cameraMic, asRoot('root'))).toMatchObject({ status: 'pass', facts: { readFor: 'console', microphones: { access: null } } });
  });
});

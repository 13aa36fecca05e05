import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netReason } from '../checks/network-quality/collect.js';
import { emptyFacts, NetFactsSchema, type NetFacts } from '../checks/network-quality/facts.js';
import { evaluateNetwork, judgeLoss } from '../checks/network-quality/evaluate.js';
import check from '../checks/network-quality/index.js';
import { messages } from '../checks/network-quality/messages.js';
import {
  bloatGrade,
  estimateMos,
  interarrivalJitter,
  latencyFigures,
  lossInterval,
  percentile,
  throughputEstimate,
  throughputMbps,
} from '../checks/network-quality/metrics.js';
import { NetworkOptionsSchema, type NetworkOptions } from '../checks/network-quality/options.js';
import type { Finding } from '../src/check.js';
import { tWith, type Lang } from '../src/i18n/index.js';
import { PolicyFileSchema } from '../src/policy.js';
import { bindingRequest, BINDING_SUCCESS, parseStun } from '../src/probe/net/stun.js';
import { bindingSuccess } from '../src/probe/net/testserver.js';
import { icuArguments, icuProse } from './helpers/language.js';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

// RFC 5769 section 2.2 and 2.3: sample responses, mapped address 192.0.2.1 / 2001:db8:1234:5678:11:2233:4455:6677, port 32853
const RFC5769_IPV4 = hex(`0101003c 2112a442 b7e7a701 bc34d686 fa87dfae 8022000b 74657374 20766563 746f7220
  00200008 0001a147 e112a643 00080014 2b91f599 fd9e90c3 8c7489f9 2af9ba53 f06be7d7 80280004 c07d4c96`);
const RFC5769_IPV6 = hex(`01010048 2112a442 b7e7a701 bc34d686 fa87dfae 8022000b 74657374 20766563 746f7220
  00200014 0002a147 0113a9fa a5d3f179 bc25f4b5 bed2b9d9 00080014 a382954e 4be67bf1 1784c97c 8292c275 bfe3ed41 80280004 c8fb0b4c`);
// a binding success response from coturn 4.6.1 (Debian 12) to a request from 127.0.0.1:55966:
// XOR-MAPPED-ADDRESS, MAPPED-ADDRESS, RESPONSE-ORIGIN, SOFTWARE
const COTURN = hex(
  `0101003c2112a442fd104e9370c21178ce9bd543002000080001fb8c5e12a443000100080001da9e7f000001802b0008000187dd7f00000180220014436f7475726e2d342e362e312027476f72737427`,
);

describe('STUN messages', () => {
  it('a binding request is a 20-byte header with the magic cookie and the transaction id', () => {
    const id = Buffer.from('0102030405060708090a0b0c', 'hex');
    const m = bindingRequest(id);
    expect(m.toString('hex')).toBe('000100002112a442' + '0102030405060708090a0b0c');
    expect(parseStun(m)).toMatchObject({ method: 1, class: 'request', transactionId: '0102030405060708090a0b0c', mapped: null });
  });

  it('reads the RFC 5769 IPv4 and IPv6 sample responses', () => {
    expect(parseStun(RFC5769_IPV4)).toMatchObject({
      type: BINDING_SUCCESS,
      method: 1,
      class: 'success',
      transactionId: 'b7e7a701bc34d686fa87dfae',
      mapped: { family: 4, port: 32853, address: '192.0.2.1' },
    });
    expect(parseStun(RFC5769_IPV6)?.mapped).toEqual({ family: 6, port: 32853, address: '2001:db8:1234:5678:11:2233:4455:6677' });
    expect(parseStun(RFC5769_IPV4)?.attributes.map((a) => a.type)).toEqual([0x8022, 0x0020, 0x0008, 0x8028]);
  });

  it("reads coturn's response, preferring XOR-MAPPED-ADDRESS", () => {
    const m = parseStun(COTURN);
    expect(m).toMatchObject({ class: 'success', method: 1, transactionId: 'fd104e9370c21178ce9bd543' });
    expect(m?.mapped).toEqual({ family: 4, port: 55966, address: '127.0.0.1' });
  });

  it('the test server answers in the same format', () => {
    const id = Buffer.from('aabbccddeeff001122334455', 'hex');
    expect(parseStun(bindingSuccess(id, '10.1.2.3', 4242))).toMatchObject({
      class: 'success',
      transactionId: id.toString('hex'),
      mapped: { family: 4, port: 4242, address: '10.1.2.3' },
    });
  });

  it('refuses what is not STUN: wrong cookie, length, leading bits, attribute past the end', () => {
    const bad = (f: (b: Buffer) => void) => {
      const b = Buffer.from(RFC5769_IPV4);
      f(b);
      return parseStun(b);
    };
    expect(bad((b) => b.writeUInt32BE(0x2112a443, 4))).toBeNull();
    expect(bad((b) => b.writeUInt16BE(0x40, 2))).toBeNull();
    expect(bad((b) => (b[0] = 0xc1))).toBeNull();
    expect(bad((b) => b.writeUInt16BE(0x0100, 22))).toBeNull();
    expect(parseStun(RFC5769_IPV4.subarray(0, 40))).toBeNull();
    expect(parseStun(Buffer.alloc(0))).toBeNull();
  });

  it('never throws on garbage (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const m = parseStun(bytes);
        return m === null || typeof m.transactionId === 'string';
      }),
      { numRuns: 2000 },
    );
    // garbage behind a valid header, so the attribute walk is exercised too
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), fc.integer({ min: 0, max: 3 }), (tail, cls) => {
        const padded = Buffer.concat([Buffer.from(tail), Buffer.alloc((4 - (tail.length % 4)) % 4)]);
        const header = Buffer.alloc(20);
        header.writeUInt16BE(0x0001 | ((cls & 1) << 4) | ((cls & 2) << 7), 0);
        header.writeUInt16BE(padded.length, 2);
        header.writeUInt32BE(0x2112a442, 4);
        const m = parseStun(Buffer.concat([header, padded]));
        return m === null || (m.method === 1 && ['request', 'indication', 'success', 'error'][cls] === m.class);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('figures', () => {
  it('percentile interpolates between ranks and ignores nothing but non-numbers', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([5], 0.9)).toBe(5);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 1, 7, 3, 5], 1)).toBe(10);
  });

  it('RFC 3550 jitter: 0 for a steady delay, converges to the mean |difference|', () => {
    expect(interarrivalJitter([20, 20, 20, 20])).toBe(0);
    expect(interarrivalJitter([20])).toBeNull();
    const alternating = Array.from({ length: 200 }, (_, i) => (i % 2 ? 30 : 20));
    expect(interarrivalJitter(alternating)).toBeCloseTo(10, 5);
    // a lost packet is skipped, not counted as a difference
    expect(interarrivalJitter([20, null, 20, 20])).toBe(0);
  });

  it('loss, worst burst, median and p95 of a series', () => {
    const f = latencyFigures([10, null, null, 12, 11, null, 30, 10, 10, 10]);
    expect(f).toMatchObject({ sent: 10, received: 7, lossPercent: 30, worstBurst: 2, medianMs: 10 });
    expect(f.p95Ms).toBeGreaterThan(12);
    expect(latencyFigures([])).toMatchObject({ sent: 0, lossPercent: null, medianMs: null });
  });

  const seriesOf = (bins: number[], validBins = bins.length) => ({
    binMs: 100,
    bins,
    validBins,
    bytes: bins.reduce((a, b) => a + b, 0),
    elapsedMs: bins.length * 100,
  });

  it('throughput: slow start is found and left out; the mean of fixed windows after it', () => {
    // 100 ms bins: slow start, then a steady 125 000 bytes per bin = 10 Mbit/s
    const bins = [1000, 5000, 20000, 60000, 90000, 125000, 125000, 125000, 125000, 125000, 125000, 125000, 125000, 125000, 125000];
    expect(throughputEstimate(seriesOf(bins))).toEqual({ mbps: 10, estimator: 'window-mean', windows: 5, rampMs: 500 });
    // incomplete bins at the end are left out
    expect(throughputMbps(seriesOf([...bins, 3000, 10], bins.length))).toBeCloseTo(10, 5);
    // too short for a window after the ramp: the plain average, said so
    expect(throughputEstimate(seriesOf([50000, 50000]))).toEqual({ mbps: 4, estimator: 'whole-transfer', windows: 0, rampMs: 0 });
    expect(throughputMbps({ binMs: 100, bins: [], validBins: 0, bytes: 0, elapsedMs: 2800 })).toBeNull();
  });

  it('throughput: bytes in lumps (BBR, recovery after a loss) are read at their mean, not at a high percentile', () => {
    // a 20 Mbit/s line (250 000 bytes per 100 ms) whose bytes come in lumps: 2.5x, 0.1x, 0.4x, 1x ...
    const lumps = [2.5, 0.1, 0.4, 1, 1.6, 0.4, 0.6, 1.4, 0.2, 1.8];
    const bins = [20000, 120000, 230000, ...Array.from({ length: 24 }, (_, i) => Math.round(250000 * lumps[i % lumps.length]!))];
    const steady = bins.slice(3).reduce((a, b) => a + b, 0) / 24;
    const figure = throughputEstimate(seriesOf(bins))!;
    expect(figure.estimator).toBe('window-mean');
    expect(figure.windows).toBeGreaterThanOrEqual(10);
    // within 5 % of what the bins after slow start really carried; the 90th percentile of windows read 1.3x
    expect(figure.mbps / ((steady * 8) / 100_000)).toBeGreaterThan(0.95);
    expect(figure.mbps / ((steady * 8) / 100_000)).toBeLessThan(1.05);
  });

  it('throughput: right from 0.5 to 500 Mbit/s, with a slow start of any length', () => {
    for (const mbps of [0.5, 2, 20, 100, 500]) {
      for (const rampBins of [1, 4, 9]) {
        const full = (mbps * 1e6) / 8 / 10;
        // exponential slow start to the line rate, then the rate with +-10 % noise
        const bins = Array.from({ length: 28 }, (_, i) => (i < rampBins ? full * 2 ** (i - rampBins) : full * (1 + 0.1 * Math.sin(i * 1.7))));
        const figure = throughputEstimate(seriesOf(bins))!;
        expect(figure.estimator, `${mbps} Mbit/s, ramp ${rampBins}`).toBe('window-mean');
        expect(figure.mbps / mbps, `${mbps} Mbit/s, ramp ${rampBins}`).toBeGreaterThan(0.95);
        expect(figure.mbps / mbps, `${mbps} Mbit/s, ramp ${rampBins}`).toBeLessThan(1.05);
      }
    }
  });

  it('a 500 Mbit/s download that spends its byte budget in 1.7 s: the windows up to where the first connection ran out of work', () => {
    const full = 500e6 / 8 / 10;
    const bins = Array.from({ length: 18 }, (_, i) => (i < 3 ? full * 2 ** (i - 3) : i < 16 ? full : full / 3));
    // bins after 1.6 s hold the tail where some connections had nothing left to fetch
    const figure = throughputEstimate(seriesOf(bins, 16))!;
    expect(figure).toMatchObject({ estimator: 'window-mean', rampMs: 300 });
    expect(figure.mbps).toBeCloseTo(500, 0);
  });

  it('upload: each connection to its own last answer, then at its own rate, never above the request it had under way', () => {
    // 2 Mbit/s shared by four connections: 6250 bytes per 100 ms each, 28 bins
    const share = 6250;
    const full = (endBin: number) => Array.from({ length: 28 }, (_, b) => (b < endBin ? share : 0));
    const ends = [27, 20, 14, 25];
    const connectionBins = ends.map(full);
    const bins = connectionBins[0]!.map((_, b) => connectionBins.reduce((sum, c) => sum + c[b]!, 0));
    const series = {
      ...seriesOf(bins, 14),
      connectionBins,
      connectionEndMs: ends.map((e) => e * 100),
      connectionPendingBytes: [100_000, 100_000, 100_000, 100_000],
    };
    // the span no longer ends at the earliest last answer (1.4 s): the connections cut off are counted at their rate
    expect(throughputEstimate(series)).toMatchObject({ estimator: 'window-mean', windows: 12 });
    expect(throughputMbps(series)! / 2).toBeCloseTo(1, 2);
    // but never at more than the request under way: 20 000 bytes over the last 1.3 s of the third
    expect(throughputMbps({ ...series, connectionPendingBytes: [0, 0, 20_000, 0] })!).toBeLessThan(1.95);
    // one connection starved in its first 8 KiB request the whole time: it counts for those 8 KiB at most,
    // not for a share of the line (which would read 1.33x) and it does not leave the figure without a window
    const starved = {
      ...seriesOf(
        bins.map((b) => b * 0),
        0,
      ),
      bytes: 1,
      connectionBins: [full(27), full(27), full(27), full(0)].map((c) => c.map((x) => (x * 4) / 3)),
      connectionEndMs: [2700, 2700, 2700, 0],
      connectionPendingBytes: [20_000, 20_000, 20_000, 8192],
    };
    const figure = throughputEstimate(starved)!;
    expect(figure.estimator).toBe('window-mean');
    expect(figure.mbps / 2).toBeGreaterThan(0.98);
    expect(figure.mbps / 2).toBeLessThan(1.05);
  });

  it('bufferbloat grades: up to 30 ms low, up to 100 ms moderate, above high', () => {
    expect([0, 30, 31, 100, 101, 400].map(bloatGrade)).toEqual(['low', 'low', 'moderate', 'moderate', 'high', 'high']);
  });

  it('MOS: near 4.4 on a clean line, falling with delay, jitter and loss, within 1..4.5', () => {
    const clean = estimateMos(20, 2, 0);
    expect(clean).toBeGreaterThan(4.3);
    expect(clean).toBeLessThanOrEqual(4.5);
    expect(estimateMos(300, 2, 0)).toBeLessThan(clean);
    expect(estimateMos(20, 60, 0)).toBeLessThan(clean);
    expect(estimateMos(20, 2, 5)).toBeLessThan(estimateMos(20, 2, 1));
    expect(estimateMos(2000, 500, 100)).toBe(1);
    // R ≈ 5.7, where G.107's cubic gives 0.99: the floor of the scale, not under it
    expect(estimateMos(0, 82.77412484319663, 99.99999999999989)).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (r, j, l) => {
          const m = estimateMos(r, j, l);
          return m >= 1 && m <= 4.5;
        },
      ),
    );
  });
});

const facts = (over: Partial<NetFacts>): NetFacts => ({
  ...emptyFacts(),
  udp: true,
  latencySource: 'udp',
  latencyMs: 20,
  jitterMs: 3,
  lossPercent: 0,
  downloadMbps: 50,
  uploadMbps: 20,
  ...over,
});

const DEFAULTS: NetworkOptions = NetworkOptionsSchema.parse({});
const words = (f: Finding, lang: Lang = 'en') => f.summary.map((m) => tWith(lang, messages, m)).join(' ');

describe('messages', () => {
  const params = (s: string) => icuArguments(s).map((a) => a.split(':')[0]);
  it('the same keys and parameters in both languages, none empty, no machine text as a parameter', () => {
    expect(Object.keys(messages.nb).sort()).toEqual(Object.keys(messages.en).sort());
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
      expect(messages.nb[key].trim(), key).not.toBe('');
      expect(params(messages.nb[key]), key).toEqual(params(messages.en[key]));
      expect(params(messages.en[key]), key).not.toContain('reason');
    }
  });
  it('no English left in the Bokmål text', () => {
    const english = /\b(the|and|is|could|not|network|speed|line|jitter|proxy|loss|delay|round|trip|call|quality)\b/i;
    for (const [key, text] of Object.entries(messages.nb)) expect(icuProse(text), key).not.toMatch(english);
  });
});

describe('options', () => {
  it('the defaults are Microsoft Teams\u2019 targets, under the names of the first policy format', () => {
    expect(DEFAULTS).toEqual({
      hdMbps: 3,
      sdMbps: 1.5,
      groupUpMbps: 5,
      groupDownMbps: 8,
      latencyGoodMs: 100,
      latencyBadMs: 250,
      jitterGoodMs: 30,
      jitterBadMs: 50,
      lossGoodPercent: 1,
      lossBadPercent: 3,
    });
  });
  it('a good limit at or above its bad one is refused, naming the pair', () => {
    for (const [given, path] of [
      [{ latencyGoodMs: 300 }, 'latencyGoodMs'],
      [{ jitterGoodMs: 50 }, 'jitterGoodMs'],
      [{ lossGoodPercent: 5, lossBadPercent: 2 }, 'lossGoodPercent'],
      [{ sdMbps: 4 }, 'sdMbps'],
    ] as const) {
      const r = NetworkOptionsSchema.safeParse(given);
      expect(r.success, path).toBe(false);
      expect(r.error?.issues[0]).toMatchObject({ path: [path], message: expect.stringMatching(/must be below/) });
    }
    expect(NetworkOptionsSchema.safeParse({ latencyGoodMs: 50, latencyBadMs: 80 }).success).toBe(true);
    expect(NetworkOptionsSchema.safeParse({ nope: 1 }).success).toBe(false);
  });
  it('a policy file gives them under checks.network-quality.options, or as thresholds.network of the first format; inverted ones are refused there too', () => {
    const now = PolicyFileSchema.parse({ checks: { 'network-quality': { options: { latencyGoodMs: 10 } } } });
    expect(now.checks['network-quality']?.options).toMatchObject({ latencyGoodMs: 10, latencyBadMs: 250 });
    const old = PolicyFileSchema.parse({ thresholds: { network: { hdMbps: 100, sdMbps: 60 } } });
    expect(old.checks['network-quality']?.options).toMatchObject({ hdMbps: 100, sdMbps: 60, latencyGoodMs: 100 });
    expect(() => PolicyFileSchema.parse({ checks: { 'network-quality': { options: { jitterGoodMs: 80 } } } })).toThrow(/jitterGoodMs/);
    expect(() => PolicyFileSchema.parse({ thresholds: { network: { lossGoodPercent: 4 } } })).toThrow(/lossGoodPercent/);
  });
});

describe('evaluate', () => {
  const table: Array<[string, Partial<NetFacts>, string, string]> = [
    ['a good line', {}, 'pass', 'group-hd'],
    ['3 Mbit/s each way is HD 1:1, not group HD', { downloadMbps: 3, uploadMbps: 3 }, 'pass', 'group-short'],
    ['2 Mbit/s up is marginal', { uploadMbps: 2 }, 'warn', 'group-short'],
    ['1 Mbit/s down: SD or audio only', { downloadMbps: 1 }, 'fail', 'group-short'],
    ['group HD needs 5 up / 8 down', { downloadMbps: 8, uploadMbps: 5 }, 'pass', 'group-hd'],
    ['latency 101 ms warns', { latencyMs: 101 }, 'warn', 'latency-high'],
    ['latency 251 ms fails', { latencyMs: 251 }, 'fail', 'latency-bad'],
    ['jitter 31 ms warns', { jitterMs: 31 }, 'warn', 'jitter-high'],
    ['jitter 51 ms fails', { jitterMs: 51 }, 'fail', 'jitter-bad'],
    ['loss 1 % is still good', { lossPercent: 1 }, 'pass', 'latency'],
    ['loss 2 % warns', { lossPercent: 2 }, 'warn', 'loss-high'],
    ['loss 3.5 % fails', { lossPercent: 3.5 }, 'fail', 'loss-bad'],
    ['UDP blocked: TCP only, degraded', { udp: false, latencySource: 'tcp', lossPercent: null }, 'warn', 'udp-blocked'],
    [
      'speed not measured: unknown, never a pass',
      {
        downloadMbps: null,
        uploadMbps: null,
        throughput: { ...emptyFacts().throughput, downloadBytes: 0, uploadBytes: null, reason: { code: 'failed', tool: 'speed server', detail: 'HTTP 404' } },
      },
      'unknown',
      'speed-unknown',
    ],
    [
      'latency not measured: unknown',
      {
        latencyMs: null,
        jitterMs: null,
        lossPercent: null,
        udp: null,
        latency: { ...emptyFacts().latency, reason: { code: 'network-error', detail: 'ECONNRESET' } },
      },
      'unknown',
      'latency-unknown',
    ],
  ];
  for (const [name, over, status, id] of table) {
    it(name, () => {
      const given = NetFactsSchema.parse(facts(over));
      const finding = evaluateNetwork(given, DEFAULTS);
      expect(finding.status).toBe(status);
      expect(finding.summary.map((m) => m.id)).toContain(id);
      if (status === 'warn' || status === 'fail') expect(finding.remediation?.length).toBeGreaterThan(0);
      if (status === 'unknown') expect(finding.reason).toEqual(over.throughput?.reason ?? over.latency?.reason);
      else expect(finding.reason).toBeUndefined();
    });
  }

  it('no network at all: unknown with the reason code and the errno in detail, and what to do', () => {
    const f = evaluateNetwork({ ...emptyFacts(), reason: netReason(['ENOTFOUND', 'ENOTFOUND']) }, DEFAULTS);
    expect(f).toMatchObject({ status: 'unknown', reason: { code: 'network-error', detail: 'ENOTFOUND' }, remediation: [{ id: 'fix.no-network' }] });
    expect(words(f)).not.toContain('ENOTFOUND');
  });

  it('HTTP answers of the speed server are the server\u2019s failure; socket codes are the network\u2019s', () => {
    expect(netReason(['HTTP 404'])).toEqual({ code: 'failed', tool: 'speed server', detail: 'HTTP 404' });
    expect(netReason(['HTTP 503', 'HTTP 404'])).toMatchObject({ code: 'failed' });
    expect(netReason(['ECONNREFUSED', 'ECONNREFUSED', 'ETIMEDOUT'])).toEqual({ code: 'network-error', detail: 'ECONNREFUSED, ETIMEDOUT' });
    // silence has no errno of its own: a timeout
    expect(netReason([])).toEqual({ code: 'network-error', detail: 'ETIMEDOUT' });
    // a redirect, a block page, a captive portal's login page, a proxy without CONNECT: the network's
    for (const e of ['HTTP 302', 'HTTP 403', 'HTTP 511', 'unexpected answer: text/html', 'proxy HTTP 405'])
      expect(netReason([e]).code, e).toBe('network-error');
  });

  it('fails with "SD or audio only" in both languages', () => {
    const f = evaluateNetwork(facts({ downloadMbps: 1.2 }), DEFAULTS);
    expect(words(f)).toMatch(/SD video or audio only/);
    expect(words(f, 'nb')).toMatch(/i minst én retning, så regn med SD-video eller bare lyd/);
  });

  it('the limits are the options', () => {
    const strict = NetworkOptionsSchema.parse({ hdMbps: 100, sdMbps: 60, latencyGoodMs: 10 });
    expect(evaluateNetwork(facts({}), strict).status).toBe('fail');
    expect(evaluateNetwork(facts({ downloadMbps: 200, uploadMbps: 200, latencyMs: 11 }), strict).status).toBe('warn');
  });

  it('latency under load per direction: upload bloat warns in words a person understands, in both languages', () => {
    const f = evaluateNetwork(
      facts({
        latencyMs: 20,
        loadedLatencyMs: 400,
        loadedLatencyRiseMs: 380,
        loadedLatencyDownMs: 45,
        loadedLatencyUpMs: 400,
        bufferbloat: { down: 'low', up: 'high' },
      }),
      DEFAULTS,
    );
    expect(f.status).toBe('warn');
    expect(words(f)).toContain('45 ms when downloading and 400 ms when uploading (idle: 20 ms)');
    expect(words(f)).toContain('Video can stutter when someone in the house uploads');
    expect(words(f)).not.toContain('streams or downloads');
    expect(words(f, 'nb')).toContain('Videoen kan hakke når noen i huset laster opp');
    expect(words(f, 'nb')).toContain('øker svartiden med 380 ms');
    expect(f.remediation?.map((r) => r.id)).toContain('fix.busy');
    // no bloat either way: said, and it does not lower the status
    const calm = evaluateNetwork(
      facts({ loadedLatencyMs: 30, loadedLatencyRiseMs: 10, loadedLatencyDownMs: 30, loadedLatencyUpMs: 28, bufferbloat: { down: 'low', up: 'low' } }),
      DEFAULTS,
    );
    expect(calm.status).toBe('pass');
    expect(words(calm)).toContain('others at home can stream and upload');
    // moderate: the figures only
    const some = evaluateNetwork(facts({ loadedLatencyDownMs: 80, loadedLatencyUpMs: 70, bufferbloat: { down: 'moderate', up: 'moderate' } }), DEFAULTS);
    expect(some.status).toBe('pass');
    expect(words(some)).not.toMatch(/stutter when|others at home/);
  });

  it('reports the latency under load and the estimated call quality', () => {
    const f = evaluateNetwork(facts({ loadedLatencyMs: 80, loadedLatencyRiseMs: 60, mos: 4.3 }), DEFAULTS);
    const text = words(f);
    expect(text).toContain('80 ms (60 ms more)');
    expect(text).toContain('4.3 of 5');
  });

  it('cites sources that exist, and the facts never hold an IP address of the machine', () => {
    expect(check.sources.length).toBeGreaterThan(0);
    const f = NetFactsSchema.parse(facts({ stunServer: 'stun.example.org:3478' }));
    expect(JSON.stringify(f)).not.toMatch(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/);
  });
});

describe('jitter and loss with the confidence the probes allow', () => {
  /** facts of a UDP run with `lost` of `sent` STUN probes unanswered */
  const udpLoss = (sent: number, lost: number): NetFacts => {
    const interval = lossInterval(sent, lost)!;
    return facts({
      lossPercent: Math.round((lost / sent) * 10000) / 100,
      latency: {
        ...emptyFacts().latency,
        sent,
        received: sent - lost,
        jitterSource: 'udp',
        lossLowPercent: interval.lowPercent,
        lossHighPercent: interval.highPercent,
        reason: null,
      },
    });
  };

  it('the Wilson interval: inside 0-100, around the estimate, narrower with more probes', () => {
    expect(lossInterval(100, 0)).toEqual({ lowPercent: 0, highPercent: 2.63 });
    expect(lossInterval(100, 2)).toEqual({ lowPercent: 0.66, highPercent: 5.87 });
    expect(lossInterval(1000, 20)).toEqual({ lowPercent: 1.39, highPercent: 2.87 });
    expect(lossInterval(0, 0)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (sent, share) => {
        const lost = Math.round(sent * share);
        const i = lossInterval(sent, lost)!;
        const p = (100 * lost) / sent;
        return i.lowPercent >= 0 && i.highPercent <= 100 && i.lowPercent <= p + 0.01 && p - 0.01 <= i.highPercent;
      }),
    );
  });

  it('2 of 100 probes lost: too few to tell 1 % from 3 %: the loss is unknown, with the interval in the facts and the words', () => {
    const given = NetFactsSchema.parse(udpLoss(100, 2));
    expect(given.latency).toMatchObject({ lossLowPercent: 0.66, lossHighPercent: 5.87 });
    const f = evaluateNetwork(given, DEFAULTS);
    expect(f.status).toBe('unknown');
    expect(f.summary.map((m) => m.id)).toContain('loss-undecided');
    expect(f.summary.map((m) => m.id)).not.toContain('loss-high');
    expect(f.reason).toMatchObject({ code: 'timeout', detail: '100 probes: loss between 0.66 and 5.87 %' });
    expect(words(f)).toContain('2 of 100 test packets were lost (2 %): too few to tell whether the loss is above 1 % (anything from 0.7 to 5.9 % fits).');
    expect(words(f, 'nb')).toContain('2 av 100 testpakker gikk tapt (2 %)');
  });

  it('the same 2 % from 1000 probes is a warning; 5 of 100 is above 3 % only as far as it can tell: a warning, not a failure; 6 of 100 and 60 of 1000 fail', () => {
    expect(judgeLoss(udpLoss(1000, 20), DEFAULTS).status).toBe('warn');
    expect(judgeLoss(udpLoss(100, 5), DEFAULTS).status).toBe('warn');
    expect(judgeLoss(udpLoss(100, 6), DEFAULTS).status).toBe('fail');
    expect(judgeLoss(udpLoss(1000, 60), DEFAULTS).status).toBe('fail');
    // at or under the good limit it passes, as a call would hardly notice
    expect(judgeLoss(udpLoss(100, 1), DEFAULTS).status).toBe('pass');
    expect(judgeLoss(udpLoss(100, 0), DEFAULTS).status).toBe('pass');
    // another failing part still shows: the check fails
    expect(evaluateNetwork({ ...udpLoss(100, 2), downloadMbps: 0.5 }, DEFAULTS).status).toBe('fail');
  });

  it('jitter from seven TCP round trips is marked TCP-derived and never fails: 69 ms on a blocked-UDP line warns', () => {
    const tcp = NetFactsSchema.parse(
      facts({
        udp: false,
        latencySource: 'tcp',
        lossPercent: null,
        jitterMs: 69,
        latency: { ...emptyFacts().latency, sent: 7, received: 7, jitterSource: 'tcp', lossLowPercent: null, lossHighPercent: null, reason: null },
      }),
    );
    const f = evaluateNetwork(tcp, DEFAULTS);
    expect(f.status).toBe('warn');
    expect(f.summary.map((m) => m.id)).toEqual(expect.arrayContaining(['udp-blocked', 'latency-tcp', 'jitter-tcp-high']));
    expect(f.summary.map((m) => m.id)).not.toContain('jitter-bad');
    expect(words(f)).toContain('jitter 69 ms (from 7 round trips over TCP: a rough figure)');
    // the same jitter over UDP fails
    expect(evaluateNetwork(facts({ jitterMs: 69 }), DEFAULTS).status).toBe('fail');
  });
});

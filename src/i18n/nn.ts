import type { MessageId } from './en.js';

/**
 * Norwegian Nynorsk. A text missing here is shown in Bokmål (src/i18n/index.ts); a test holds the
 * catalogue complete.
 */
export const nn: Partial<Record<MessageId, string>> = {
  // the fleet summary: reports judged again, replayed ones left out, signatures
  'summary.replayed':
    '{count, plural, one {# rapport laga ved å spele av eit opptak er utelaten} other {# rapportar laga ved å spele av eit opptak er utelatne}}: ei avspeling kan kome frå kva maskin som helst, når som helst (--include-replayed tek dei med).',
  'summary.rederived':
    'Kvar rapport er vurdert på nytt ut frå sine eigne fakta og svar: {disagreeing, number} stemmer ikkje med det rapporten sjølv seier, og {unknown, number} er laga under ein policy som ikkje er gitt med --policy. Dei vert talde som ikkje klare.',
  'summary.signatures':
    'Signaturar (--verify-key): {valid, number} gyldige, {unsigned, number} usignerte, {tampered, number} endra etter signering eller signerte med ein annan nøkkel.',
  'summary.flagged': 'Rapportar som ikkje vert tekne på ordet',
  'summary.flagged-note':
    'Desse rapportane vert talde som ikkje klare, kva dei enn seier. Sjå på kvar av dei: ein rapport som er endra etter køyringa, ein som er laga under ein policy du ikkje har gitt til summarize, eller ein der signaturen ikkje stemmer.',
  'summary.flag.disagreeing': 'stemmer ikkje med sine eigne fakta og svar',
  'summary.flag.policy-unknown': 'laga under ein policy som ikkje er gitt med --policy ({policy})',
  'summary.flag.tampered': 'endra etter signering, eller signert med ein annan nøkkel',
  'summary.diff.verdict': 'vurdering {stored}, fakta gir {derived}',
  'summary.diff.score': 'poengsum {stored, number}, fakta gir {derived, number}',
  'summary.diff.item': '{item}: {stored}, fakta gir {derived}',
  'summary.diff.missing': 'manglar',
  'summary.diff.incomplete': 'ikkje ein heil rapport frå dette verktøyet: fakta kan ikkje vurderast på nytt',
};
